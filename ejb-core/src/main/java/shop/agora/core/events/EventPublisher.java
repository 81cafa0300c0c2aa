package shop.agora.core.events;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.platform.Resources;

/**
 * Publishes domain events inside the caller's transaction: the message is sent through the XA connection factory,
 * so it reaches the broker if and only if the business transaction commits. The event is also written to the event
 * log (table {@code event_log}, same transaction), filed under its order when it is about one, for the back office's
 * "Events" page and for sending it again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class EventPublisher {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @PersistenceContext
    EntityManager em;

    public void publish(String topic, DomainEvent event) {
        String json = JSON.toJson(event);
        em.createNativeQuery("insert into event_log (event_id, type, topic, subject, payload, published_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing")
                .setParameter(1, event.eventId()).setParameter(2, event.getClass().getSimpleName())
                .setParameter(3, topic).setParameter(4, event instanceof OrderEvent o ? o.orderNumber() : null)
                .setParameter(5, json).setParameter(6, event.occurredAt().atOffset(ZoneOffset.UTC)).executeUpdate();
        send(topic, event.eventId().toString(), event.getClass().getSimpleName(), json);
    }

    /** Sends a logged event to its topic again, as it was (same id: consumers that had it ignore it). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public void resend(UUID eventId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select topic, type, payload from event_log where event_id = ?")
                .setParameter(1, eventId).getResultList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("No event " + eventId + " in the event log");
        }
        send((String) rows.get(0)[0], eventId.toString(), (String) rows.get(0)[1], (String) rows.get(0)[2]);
    }

    private void send(String topic, String eventId, String type, String json) {
        try {
            TextMessage message = jms.createTextMessage(json);
            message.setStringProperty(Destinations.EVENT_ID, eventId);
            message.setStringProperty(Destinations.EVENT_TYPE, type);
            jms.createProducer().send(jms.createTopic(topic), message);
        } catch (JMSException e) {
            throw new IllegalStateException("Could not publish " + type, e);
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
