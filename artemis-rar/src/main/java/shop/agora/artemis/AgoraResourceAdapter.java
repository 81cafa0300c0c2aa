package shop.agora.artemis;

import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.BootstrapContext;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;

/**
 * The Artemis resource adapter, pointed at the broker named by {@code AGORA_BROKER_HOST} and
 * {@code AGORA_BROKER_PORT} (environment variables, or the system properties {@code agora.broker.host} and
 * {@code agora.broker.port}). Without them it uses the ra.xml default, a broker on this machine's port 61616.
 */
public class AgoraResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        String host = setting("AGORA_BROKER_HOST", "agora.broker.host");
        String port = setting("AGORA_BROKER_PORT", "agora.broker.port");
        if (host != null || port != null) {
            setConnectionParameters("host=" + (host == null ? "127.0.0.1" : host)
                    + ";port=" + (port == null ? "61616" : port));
        }
        super.start(context);
    }

    private static String setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
