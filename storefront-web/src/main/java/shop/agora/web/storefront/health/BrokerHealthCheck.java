package shop.agora.web.storefront.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import shop.agora.core.platform.Resources;

/** The message broker accepts a connection through the resource adapter. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    @Resource(lookup = Resources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = connectionFactory.createConnection()) {
            return HealthCheckResponse.named("broker").up()
                    .withData("provider", connection.getMetaData().getJMSProviderName() + " "
                            + connection.getMetaData().getProviderVersion())
                    .build();
        } catch (JMSException | RuntimeException e) {
            return HealthCheckResponse.named("broker").down().withData("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
