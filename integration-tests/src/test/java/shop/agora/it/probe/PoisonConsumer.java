package shop.agora.it.probe;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.events.EventPublisher;

/** A consumer that always fails: every attempt is recorded, then the message must end in the dead-letter queue. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Probes.POISON_TOPIC),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "it-poison-consumer"),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")
})
public class PoisonConsumer implements MessageListener {

    @EJB
    Probes probes;

    @Override
    public void onMessage(Message message) {
        ProbeEvent event = EventPublisher.read(message, ProbeEvent.class);
        probes.recordAttempt(event);
        throw new ProbeFailure("poison: " + event.note());
    }
}
