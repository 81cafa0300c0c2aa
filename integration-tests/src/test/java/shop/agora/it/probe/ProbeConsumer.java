package shop.agora.it.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.ProcessedEvents;

/** Consumes probe events the way the application's consumers do: claim the event, then act once. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Probes.PROBE_TOPIC),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = ProbeConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class ProbeConsumer implements MessageListener {

    public static final String NAME = "it-probe-consumer";

    @EJB
    ProcessedEvents processed;

    @EJB
    Probes probes;

    @Override
    public void onMessage(Message message) {
        ProbeEvent event = EventPublisher.read(message, ProbeEvent.class);
        if (processed.claim(NAME, event.eventId())) {
            probes.recordEffect(event);
        }
    }
}
