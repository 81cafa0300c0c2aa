package shop.agora.core.events;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * The one way a consumer becomes idempotent: before acting on an event it claims the pair (consumer, event id) in
 * the {@code processed_event} table, in its own transaction. A second delivery of the same event finds the claim and
 * does nothing; a failure rolls the claim back with the effect, so the broker's redelivery tries again.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProcessedEvents {

    @PersistenceContext
    EntityManager em;

    /** True the first time this consumer sees this event in a committed transaction, false for any repeat. */
    public boolean claim(String consumer, UUID eventId) {
        int inserted = em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                        + "values (?1, ?2, now()) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
        return inserted == 1;
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long timesProcessed(String consumer, UUID eventId) {
        return ((Number) em.createNativeQuery(
                        "select count(*) from processed_event where consumer = ?1 and event_id = ?2")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .getSingleResult()).longValue();
    }
}
