package shop.agora.core.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.platform.Resources;

/**
 * Settles the event messages the broker holds in doubt. Events are sent by the relay ({@link EventRelay}), which
 * marks them relayed in the event log in the same transaction (two-phase commit of database and broker). When the
 * broker goes away between that transaction's prepare and its commit or rollback, it comes back holding the branch
 * prepared; the server's transaction manager has finished the transaction by then, does not know the branch as
 * incomplete and leaves it there (only a restart of the server would roll it back). Left alone, such a branch holds
 * events that either should have been delivered (the relay's transaction committed and marked them relayed, so they
 * are not sent again) or were sent again since (it rolled back).
 *
 * <p>Every minute this asks the broker's management for its prepared branches. A branch that carries the
 * application's events and is still there after {@code agora.events.in-doubt-after-seconds} (default 120, from its
 * first sighting) is settled the way its transaction went, which the event log tells: every event it sends is
 * marked relayed -> commit, so they reach their consumers; none is -> roll back (the relay sends them again). A
 * branch that only takes events is rolled back (they come again; consumers are idempotent). While the database
 * itself holds a transaction in doubt, no branch is rolled back: that transaction may still commit and mark its
 * events. Branches without the application's events are never touched.
 *
 * <p>Needs the broker's management (the {@code manage} permission for the application's broker user when the
 * broker has security on). Runs as the platform (SYSTEM), not persistent: a pass missed while the server was down is
 * the next one.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InDoubtEvents {

    /** A branch the pass settled. */
    public record Settled(String xid, PreparedBranch.Decision decision, Set<UUID> events) {
    }

    static final String MANAGEMENT_ADDRESS = "activemq.management";
    static final String RESOURCE_NAME = "_AMQ_ResourceName";
    static final String OPERATION_NAME = "_AMQ_OperationName";
    static final String OPERATION_SUCCEEDED = "_AMQ_OperationSucceeded";

    private static final Logger LOG = Logger.getLogger(InDoubtEvents.class.getName());
    private static final long ANSWER_TIMEOUT_MILLIS = 10_000;

    @Resource(lookup = Resources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "agora.events.in-doubt-after-seconds", defaultValue = "120")
    long inDoubtAfterSeconds;

    /** When this server first saw each prepared branch (System.nanoTime), for the branches still there. */
    private final Map<String, Long> firstSeen = new HashMap<>();

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // a timeout takes REQUIRED unless told here
    void settleEveryMinute() {
        try {
            List<Settled> settled = settle(Duration.ofSeconds(Math.max(30, inDoubtAfterSeconds)));
            if (!settled.isEmpty()) {
                LOG.warning(() -> "Settled event branches the broker held in doubt: " + settled);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not look for event branches in doubt (is the broker away?); next pass "
                    + "tries again", e);
        }
    }

    /**
     * One pass: settles the application's branches this server has seen prepared for at least {@code seenFor}
     * (measured from an earlier pass, so a branch seen for the first time is never settled in the same pass).
     */
    @RolesAllowed({Role.Names.SYSTEM, Role.Names.ADMIN})
    public List<Settled> settle(Duration seenFor) {
        long now = System.nanoTime();
        List<PreparedBranch> branches = PreparedBranch.parse(
                management("listPreparedTransactionDetailsAsJSON"));
        Set<String> present = branches.stream().map(PreparedBranch::xid).collect(Collectors.toSet());
        firstSeen.keySet().retainAll(present);
        List<PreparedBranch> due = new ArrayList<>();
        for (PreparedBranch branch : branches) {
            if (!branch.ours()) {
                continue;
            }
            Long seen = firstSeen.putIfAbsent(branch.xid(), now);
            if (seen != null && now - seen >= seenFor.toNanos()) {
                due.add(branch);
            }
        }
        if (due.isEmpty()) {
            return List.of();
        }
        Set<UUID> logged = logged(due.stream().flatMap(b -> b.sent().stream()).collect(Collectors.toSet()));
        boolean databaseInDoubt = databaseInDoubt();
        List<Settled> settled = new ArrayList<>();
        for (PreparedBranch branch : due) {
            PreparedBranch.Decision decision = branch.decide(logged, databaseInDoubt);
            if (decision == PreparedBranch.Decision.LEAVE) {
                continue;
            }
            String operation = decision == PreparedBranch.Decision.COMMIT ? "commitPreparedTransaction"
                    : "rollbackPreparedTransaction";
            management(operation, branch.xid());
            firstSeen.remove(branch.xid());
            settled.add(new Settled(branch.xid(), decision,
                    Stream.concat(branch.sent().stream(), branch.received().stream()).collect(Collectors.toSet())));
        }
        return settled;
    }

    /** Which of these events the event log has as relayed (one query; relaying marks them in its transaction). */
    private Set<UUID> logged(Set<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select cast(event_id as varchar) from event_log "
                        + "where event_id = any(cast(? as uuid[])) and relayed_at is not null")
                .setParameter(1, eventIds.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
                .getResultList();
        return rows.stream().map(id -> UUID.fromString(id.toString())).collect(Collectors.toSet());
    }

    private boolean databaseInDoubt() {
        return ((Number) em.createNativeQuery(
                "select count(*) from pg_prepared_xacts where database = current_database()")
                .getSingleResult()).longValue() > 0;
    }

    /** Invokes an operation of the broker's management and returns its result (the JSON text of the answer). */
    private String management(String operation, String... parameters) {
        try (JMSContext context = connectionFactory.createContext()) {
            TemporaryQueue answers = context.createTemporaryQueue();
            var arguments = Json.createArrayBuilder();
            for (String parameter : parameters) {
                arguments.add(parameter);
            }
            TextMessage request = context.createTextMessage(arguments.build().toString());
            request.setStringProperty(RESOURCE_NAME, "broker");
            request.setStringProperty(OPERATION_NAME, operation);
            request.setJMSReplyTo(answers);
            context.createProducer().send(context.createQueue(MANAGEMENT_ADDRESS), request);
            Message answer = context.createConsumer(answers).receive(ANSWER_TIMEOUT_MILLIS);
            if (answer == null) {
                throw new IllegalStateException("The broker's management did not answer " + operation);
            }
            String body = answer.getBody(String.class);
            if (!answer.getBooleanProperty(OPERATION_SUCCEEDED)) {
                throw new IllegalStateException("The broker refused " + operation + ": " + body);
            }
            return result(body);
        } catch (JMSException | JMSRuntimeException e) {
            throw new IllegalStateException("The broker's management could not be asked " + operation, e);
        }
    }

    /** The management wraps its result in a JSON array; a text result (such as a JSON listing) is its string. */
    static String result(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonArray array = reader.readArray();
            if (array.isEmpty()) {
                return "";
            }
            return array.get(0) instanceof JsonString text ? text.getString() : array.get(0).toString();
        }
    }
}
