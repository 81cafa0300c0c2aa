package shop.agora.core.events;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;

/**
 * The one way a consumer becomes idempotent: before acting on an event it claims the pair (consumer, event id) in
 * the {@code processed_event} table, in the transaction of its reaction. A second delivery of the same event finds
 * the claim and does nothing; a failure rolls the claim back with the effect, so the broker's redelivery tries again.
 *
 * <p>Consumers take their messages outside any transaction and run claim and reaction in one transaction of their
 * own ({@link #once}); the broker's acknowledgement follows its commit. A failure between the two delivers the event
 * again, and the claim makes that harmless. Taking the message inside the transaction (two-phase commit with the
 * broker) would add nothing but a branch the broker can be left holding, prepared, when it stops at the wrong moment.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ProcessedEvents {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    /** True the first time this consumer sees this event in a committed transaction, false for any repeat. */
    public boolean claim(String consumer, UUID eventId) {
        // xmax = 0 on the returned row: it was inserted now (the first time), not updated (a repeat)
        Object first = em.createNativeQuery("insert into processed_event (consumer, event_id, processed_at) "
                        + "values (?1, ?2, now()) on conflict (consumer, event_id) do update "
                        + "set deliveries = processed_event.deliveries + 1 returning (xmax = 0)")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .getSingleResult();
        return Boolean.TRUE.equals(first);
    }

    /**
     * Claims the event for the consumer and, the first time, runs the reaction, all in one new transaction: the
     * reaction's effects and the claim commit together or not at all. False when the event was processed before.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean once(String consumer, UUID eventId, Runnable reaction) {
        if (!claim(consumer, eventId)) {
            return false;
        }
        try {
            reaction.run();
        } catch (RuntimeException e) {
            // an application exception would otherwise commit what the reaction did so far
            context.setRollbackOnly();
            throw e;
        }
        return true;
    }

    /** How often the consumer was handed the event (processed once, the rest ignored); 0 when never. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public int deliveries(String consumer, UUID eventId) {
        @SuppressWarnings("unchecked")
        java.util.List<Object> rows = em.createNativeQuery("select deliveries from processed_event "
                + "where consumer = ?1 and event_id = ?2").setParameter(1, consumer).setParameter(2, eventId)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    /**
     * Records that a consumer failed on an event, in its own transaction (the consumer's rolls back and the broker
     * delivers again, or dead-letters after the last attempt).
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(String consumer, UUID eventId, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String error = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        em.createNativeQuery("insert into event_failure (consumer, event_id, at, error) values (?1, ?2, now(), ?3)")
                .setParameter(1, consumer).setParameter(2, eventId)
                .setParameter(3, error.length() > 1000 ? error.substring(0, 1000) : error).executeUpdate();
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
