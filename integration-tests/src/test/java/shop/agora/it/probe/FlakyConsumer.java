package shop.agora.it.probe;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.ProcessedEvents;

/**
 * A consumer built like the application's (claim, act, record a failure), whose action fails until the test fixes
 * the cause: its messages go to the dead-letter queue, and an admin's retry then succeeds once.
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Probes.FLAKY_TOPIC),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = FlakyConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
@RunAs("SYSTEM")
public class FlakyConsumer implements MessageListener {

    public static final String NAME = "it-flaky-consumer";

    @EJB
    Probes probes;

    @EJB
    ProcessedEvents processed;

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onMessage(Message message) {
        ProbeEvent event = EventPublisher.read(message, ProbeEvent.class);
        try {
            processed.once(NAME, event.eventId(), () -> {
                probes.recordAttempt(event);
                if (!probes.fixed(event.eventId())) {
                    throw new ProbeFailure("the downstream service is down for " + event.note());
                }
                probes.recordEffect(event);
            });
        } catch (RuntimeException e) {
            processed.failed(NAME, event.eventId(), e);
            throw e;
        }
    }
}
