package shop.agora.core.events;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
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
 * Publishes domain events inside the caller's transaction through a transactional outbox: the event is written to
 * the event log (table {@code event_log}), filed under its order when it is about one, and {@link EventRelay} sends
 * it to the broker once the transaction has committed. So an event reaches the broker if and only if its business
 * transaction commits, and that transaction commits locally, without the broker: it neither waits for a two-phase
 * commit nor fails while the broker is away (its events follow when it is back). The log also serves the back
 * office's "Events" page and sending an event again.
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

    @Inject
    Event<EventsLogged> logged;

    public void publish(String topic, DomainEvent event) {
        String json = JSON.toJson(event);
        em.createNativeQuery("insert into event_log (event_id, type, topic, subject, payload, published_at) "
                        + "values (?, ?, ?, ?, ?, ?) on conflict (event_id) do nothing")
                .setParameter(1, event.eventId()).setParameter(2, event.getClass().getSimpleName())
                .setParameter(3, topic).setParameter(4, event instanceof OrderEvent o ? o.orderNumber() : null)
                .setParameter(5, json).setParameter(6, event.occurredAt().atOffset(ZoneOffset.UTC)).executeUpdate();
        logged.fire(new EventsLogged()); // the relay, after the commit
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
        send(jms, (String) rows.get(0)[0], eventId.toString(), (String) rows.get(0)[1], (String) rows.get(0)[2]);
    }

    /** Sends one event message (in the transaction of {@code jms}, when it has one). */
    static void send(JMSContext jms, String topic, String eventId, String type, String json) {
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
