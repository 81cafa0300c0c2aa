package shop.agora.core.events;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import shop.agora.core.accounts.entity.Role;

/**
 * Forgets old events: the event log's entries that were handed to the broker longer ago than the retention period,
 * and the consumers' records of them (processed, failed, retried or discarded). An event still waiting for the broker
 * is kept however old it is: the event log is also the outbox. Deletes in batches, each in a transaction of its own,
 * so that no long transaction holds the tables.
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
public class EventRetention {

    /** Rows one statement deletes at most. */
    static final int BATCH = 5_000;

    /**
     * One batch of deletions per kind of record: the event log's entries handed to the broker, then the consumers'
     * records (processed, failed, retried or discarded), each by the column that says how old it is.
     */
    private static final String[] DELETIONS = {
        "delete from event_log where event_id in (select event_id from event_log where published_at < ? "
                + "and relayed_at is not null limit " + BATCH + ")",
        oldest("processed_event", "processed_at"),
        oldest("event_failure", "at"),
        oldest("event_resolution", "at"),
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    EventRetention self;

    /** Forgets what is older than {@code keep}; returns how many rows went. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long purge(Duration keep) {
        OffsetDateTime before = clock.instant().minus(keep).atOffset(ZoneOffset.UTC);
        long deleted = 0;
        for (int kind = 0; kind < DELETIONS.length; kind++) {
            int batch;
            do {
                batch = self.deleteBatch(kind, before);
                deleted += batch;
            } while (batch == BATCH);
        }
        return deleted;
    }

    /** One batch of the {@code kind}th deletion (see {@link #DELETIONS}), in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deleteBatch(int kind, OffsetDateTime before) {
        return em.createNativeQuery(DELETIONS[kind]).setParameter(1, before).executeUpdate();
    }

    private static String oldest(String table, String column) {
        return "delete from " + table + " where ctid = any(array(select ctid from " + table + " where " + column
                + " < ? limit " + BATCH + "))";
    }
}
