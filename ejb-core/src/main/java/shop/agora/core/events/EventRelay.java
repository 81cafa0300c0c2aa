package shop.agora.core.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.platform.Resources;

/**
 * Sends the logged events to the broker (the relay of the transactional outbox). A business transaction only writes
 * its events to {@code event_log} ({@link EventPublisher}) and commits locally; right after that commit the relay is
 * woken ({@link RelayWakeUp}) and sends every event not yet relayed, in the order they were written, in batches: each batch is sent and
 * marked relayed in one two-phase commit of broker and database, so an event reaches the broker once (a batch whose
 * commit is cut by a broker outage is settled by {@link InDoubtEvents}). While the broker is away the events wait in
 * the log; a pass every two seconds tries again, so they follow as soon as it is back. Consumers are idempotent, as
 * for a redelivery.
 *
 * <p>One drain at a time per server ({@code running}); a wake-up during a drain makes it look again before it stops.
 * Batches start {@link #SPACING_MILLIS} ms apart at the least (unless the one before was full): under load the events
 * of many orders then share one two-phase commit, where each batch took one or two (at 20 orders/s, 46 commits a
 * second carried 1.4 events each); an event that comes alone waits for nothing. Several servers may relay at once:
 * {@code for update skip locked} gives each batch to one of them.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventRelay {

    /** Events sent in one transaction at most. */
    static final int BATCH = 200;

    /** The least time from the start of one batch to the start of the next, unless the first was full. */
    static final long SPACING_MILLIS = 20;

    private static final Logger LOG = Logger.getLogger(EventRelay.class.getName());

    @Resource
    SessionContext context;

    @PersistenceContext
    EntityManager em;

    // a context of its own per batch rather than the injected one: that one is transaction scoped, and making and
    // ending such a bean fires CDI events that look their bean manager up by walking the stack (nearly half of the
    // relay's samples in a profile under load); a context made inside the transaction sends in it all the same
    @Resource(lookup = Resources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean failing;
    private long lastBatch = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(SPACING_MILLIS); // only the drain's

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a timeout takes REQUIRED unless told here
    void everyTwoSeconds() {
        wake();
    }

    /** Makes sure a drain runs (now, or once more after the one running). Returns at once. */
    public void wake() {
        pending.set(true);
        if (running.compareAndSet(false, true)) {
            context.getBusinessObject(EventRelay.class).drain();
        }
    }

    /** Relays batches until nothing is waiting; stops at the first failure (the next pass tries again). */
    @Asynchronous
    @RolesAllowed(Role.Names.SYSTEM)
    public void drain() {
        EventRelay self = context.getBusinessObject(EventRelay.class);
        boolean failed = false;
        try {
            boolean full = false;
            while (full || pending.getAndSet(false)) {
                if (!full) {
                    awaitTurn();
                }
                lastBatch = System.nanoTime();
                full = self.relayNext(BATCH) == BATCH;
            }
            if (failing) {
                failing = false;
                LOG.info("Relaying events to the broker again");
            }
        } catch (RuntimeException e) {
            failed = true;
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Could not relay events to the broker (is it away?); they wait in the event "
                        + "log and are sent as soon as it is back", e);
            }
        } finally {
            running.set(false);
        }
        if (!failed && pending.get()) {
            wake();
        }
    }

    /** Waits until the next batch may start ({@link #SPACING_MILLIS} after the last one started). */
    private void awaitTurn() {
        long wait = waitNanos(lastBatch, System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(SPACING_MILLIS));
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** How long a batch waits at {@code now} when the last one started at {@code lastBatch} (nanosecond clock). */
    static long waitNanos(long lastBatch, long now, long spacing) {
        return Math.max(0, lastBatch + spacing - now);
    }

    /**
     * Sends the next events not yet relayed (at most {@code max}, oldest first) and marks them relayed, in one
     * transaction. Returns how many it sent.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int relayNext(int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select cast(event_id as varchar), topic, type, payload "
                        + "from event_log where relayed_at is null order by relay_seq limit ? for update skip locked")
                .setParameter(1, max).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        try (JMSContext jms = connectionFactory.createContext()) {
            for (Object[] row : rows) {
                EventPublisher.send(jms, (String) row[1], (String) row[0], (String) row[2], (String) row[3]);
            }
        }
        em.createNativeQuery("update event_log set relayed_at = now() where event_id = any(cast(? as uuid[]))")
                .setParameter(1, rows.stream().map(row -> (String) row[0]).collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
        return rows.size();
    }
}
