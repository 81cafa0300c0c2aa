package shop.agora.core.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import shop.agora.core.platform.Resources;

/**
 * Publishes domain events inside the caller's transaction: the message is sent through the XA connection factory,
 * so it reaches the broker if and only if the business transaction commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventPublisher {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    public void publish(String topic, DomainEvent event) {
        try {
            TextMessage message = jms.createTextMessage(JSON.toJson(event));
            message.setStringProperty(Destinations.EVENT_ID, event.eventId().toString());
            message.setStringProperty(Destinations.EVENT_TYPE, event.getClass().getSimpleName());
            jms.createProducer().send(jms.createTopic(topic), message);
        } catch (JMSException e) {
            throw new IllegalStateException("Could not publish " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads an event back from the JSON body of a message, for consumers. */
    public static <T extends DomainEvent> T read(jakarta.jms.Message message, Class<T> type) {
        try {
            return JSON.fromJson(message.getBody(String.class), type);
        } catch (JMSException e) {
            throw new IllegalArgumentException("Message body is not a " + type.getSimpleName(), e);
        }
    }
}
