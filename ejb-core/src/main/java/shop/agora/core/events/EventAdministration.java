package shop.agora.core.events;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.platform.Resources;
import shop.agora.core.shared.DomainException;

/**
 * The back office's view of the event backbone: every event published about an order with what each consumer made
 * of it (processed, failing, dead-lettered), the dead-letter queue, and the two things an admin can do with a
 * dead-lettered message: send it back to the consumer that failed on it (once the cause is fixed; consumers are
 * idempotent, so a retry never acts twice), or discard it. Both take the message off the dead-letter queue in the
 * same transaction that records the admin's action.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class EventAdministration {

    private static final Logger LOG = Logger.getLogger(EventAdministration.class.getName());

    /** The most events or dead letters one list shows. */
    public static final int MAX_ROWS = 200;

    /** Properties the broker sets on a message it moves to the dead-letter queue. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    private static final Pattern CONSUMER = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final long RECEIVE_TIMEOUT_MILLIS = 3000;

    @PersistenceContext
    EntityManager em;

    @Inject
    @JMSConnectionFactory(Resources.CONNECTION_FACTORY)
    JMSContext jms;

    @Resource(lookup = Resources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    /**
     * Every event about the order with this number, oldest first, each with its consumers' outcomes. While the broker
     * cannot be reached, no copy shows as dead-lettered (the dead-letter queue lives in the broker).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<EventTrace> forOrder(@NotNull String orderNumber) {
        String subject = orderNumber.strip().toUpperCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("select event_id, type, topic, subject, published_at, "
                        + "relayed_at from event_log where subject = ? order by published_at, event_id")
                .setParameter(1, subject).setMaxResults(MAX_ROWS).getResultList();
        if (events.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = events.stream().map(r -> (UUID) r[0]).toList();
        Map<UUID, Map<String, Integer>> dead = new HashMap<>();
        try {
            for (DeadMessage message : browseDeadLetters(ids)) {
                dead.computeIfAbsent(message.eventId(), k -> new HashMap<>()).merge(message.consumer(), 1,
                        Integer::sum);
            }
        } catch (RuntimeException e) { // the broker is away: what the event log knows is still worth showing
            LOG.log(Level.WARNING, "Could not read the dead-letter queue for order " + subject, e);
        }
        Map<UUID, Map<String, ConsumerOutcome>> outcomes = outcomes(ids, dead);
        List<EventTrace> traces = new ArrayList<>();
        for (Object[] row : events) {
            UUID id = (UUID) row[0];
            traces.add(new EventTrace(id, (String) row[1], (String) row[2], (String) row[3], instant(row[4]),
                    instant(row[5]), List.copyOf(outcomes.getOrDefault(id, Map.of()).values())));
        }
        return traces;
    }

    /** The events the relay has not yet handed to the broker (read from the event log alone: works without it). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outbox outbox() {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), min(published_at) from event_log "
                + "where relayed_at is null").getSingleResult();
        return new Outbox(((Number) row[0]).longValue(), instant(row[1]));
    }

    /** The messages waiting in the dead-letter queue (at most {@link #MAX_ROWS}), oldest first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<DeadLetter> deadLetters() {
        List<DeadMessage> messages = browseDeadLetters(null);
        if (messages.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = messages.stream().map(DeadMessage::eventId).distinct().toList();
        Map<UUID, Object[]> logged = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select event_id, type, subject, published_at from event_log "
                + "where event_id = any(cast(? as uuid[]))").setParameter(1, uuidArray(ids)).getResultList();
        rows.forEach(r -> logged.put((UUID) r[0], r));
        Map<String, Object[]> failures = failures(ids);
        List<DeadLetter> letters = new ArrayList<>();
        for (DeadMessage message : messages) {
            Object[] event = logged.get(message.eventId());
            Object[] failed = failures.get(message.eventId() + "|" + message.consumer());
            letters.add(new DeadLetter(message.eventId(), event == null ? message.type() : (String) event[1],
                    message.consumer(), event == null ? null : (String) event[2],
                    event == null ? null : instant(event[3]), failed == null ? 0 : ((Number) failed[2]).intValue(),
                    failed == null ? null : (String) failed[4]));
        }
        return letters;
    }

    /**
     * Takes the consumer's dead-lettered copy of the event off the dead-letter queue and sends it back to that
     * consumer only (its own subscription), in one transaction with the record of the retry.
     */
    public void retry(@NotNull UUID eventId, @NotNull String consumer) {
        Message message = takeDeadLetter(eventId, consumer);
        try {
            String address = message.getStringProperty(ORIGINAL_ADDRESS);
            TextMessage copy = jms.createTextMessage(message.getBody(String.class));
            copy.setStringProperty(Destinations.EVENT_ID, eventId.toString());
            copy.setStringProperty(Destinations.EVENT_TYPE, message.getStringProperty(Destinations.EVENT_TYPE));
            // "address::queue" routes to that one subscription: the other consumers of the topic had their copy
            jms.createProducer().send(jms.createTopic(address + "::" + message.getStringProperty(ORIGINAL_QUEUE)),
                    copy);
        } catch (JMSException e) {
            throw new IllegalStateException("Could not send event " + eventId + " to " + consumer + " again", e);
        }
        record(eventId, consumer, "RETRIED");
    }

    /** Takes the consumer's dead-lettered copy of the event off the dead-letter queue for good. */
    public void discard(@NotNull UUID eventId, @NotNull String consumer) {
        takeDeadLetter(eventId, consumer);
        record(eventId, consumer, "DISCARDED");
    }

    private Message takeDeadLetter(UUID eventId, String consumer) {
        if (!CONSUMER.matcher(consumer).matches()) {
            throw new DomainException("There is no consumer called \"" + consumer + "\".");
        }
        String selector = Destinations.EVENT_ID + " = '" + eventId + "' AND " + ORIGINAL_QUEUE + " = '" + consumer
                + "'";
        try (JMSConsumer receiver = jms.createConsumer(jms.createQueue(Destinations.DEAD_LETTER_QUEUE), selector)) {
            Message message = receiver.receive(RECEIVE_TIMEOUT_MILLIS);
            if (message == null) {
                throw new DomainException("The message of event " + eventId + " for " + consumer
                        + " is no longer in the dead-letter queue; someone may have retried or discarded it.");
            }
            return message;
        }
    }

    private void record(UUID eventId, String consumer, String action) {
        em.createNativeQuery("insert into event_resolution (event_id, consumer, action, actor, at) "
                        + "values (?, ?, ?, ?, ?)")
                .setParameter(1, eventId).setParameter(2, consumer).setParameter(3, action)
                .setParameter(4, context.getCallerPrincipal().getName())
                .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
    }

    /** Per event, per consumer (in the order they first acted or failed), the outcome. */
    private Map<UUID, Map<String, ConsumerOutcome>> outcomes(List<UUID> ids, Map<UUID, Map<String, Integer>> dead) {
        String array = uuidArray(ids);
        Map<String, Integer> deliveries = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> processed = em.createNativeQuery("select event_id, consumer, deliveries from processed_event "
                + "where event_id = any(cast(? as uuid[])) order by processed_at").setParameter(1, array)
                .getResultList();
        processed.forEach(r -> deliveries.put(r[0] + "|" + r[1], ((Number) r[2]).intValue()));
        Map<String, Object[]> failures = failures(ids);
        Map<String, Object[]> actions = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> resolutions = em.createNativeQuery("select event_id, consumer, action, at "
                + "from event_resolution where event_id = any(cast(? as uuid[])) order by id").setParameter(1, array)
                .getResultList();
        resolutions.forEach(r -> actions.put(r[0] + "|" + r[1], r));

        Map<UUID, List<String>> consumers = new LinkedHashMap<>();
        for (String key : deliveries.keySet()) {
            add(consumers, key);
        }
        failures.keySet().forEach(key -> add(consumers, key));
        actions.keySet().forEach(key -> add(consumers, key));
        dead.forEach((id, names) -> names.keySet().forEach(name -> add(consumers, id + "|" + name)));

        Map<UUID, Map<String, ConsumerOutcome>> outcomes = new HashMap<>();
        consumers.forEach((id, names) -> {
            Map<String, ConsumerOutcome> forEvent = new LinkedHashMap<>();
            for (String name : names) {
                String key = id + "|" + name;
                Object[] failed = failures.get(key);
                Object[] action = actions.get(key);
                Instant lastFailure = failed == null ? null : instant(failed[3]);
                boolean failedSinceAction = action != null && lastFailure != null
                        && lastFailure.isAfter(instant(action[3]));
                ConsumerOutcome.Status status = ConsumerOutcome.Status.of(deliveries.containsKey(key),
                        dead.getOrDefault(id, Map.of()).containsKey(name), action == null ? null : (String) action[2],
                        failedSinceAction);
                int failureCount = failed == null ? 0 : ((Number) failed[2]).intValue();
                forEvent.put(name, new ConsumerOutcome(name, status, deliveries.getOrDefault(key, 0), failureCount,
                        failed == null ? null : (String) failed[4], lastFailure));
            }
            outcomes.put(id, forEvent);
        });
        return outcomes;
    }

    private static void add(Map<UUID, List<String>> consumers, String key) {
        int bar = key.indexOf('|');
        List<String> names = consumers.computeIfAbsent(UUID.fromString(key.substring(0, bar)),
                k -> new ArrayList<>());
        String name = key.substring(bar + 1);
        if (!names.contains(name)) {
            names.add(name);
        }
    }

    /** Per "event id|consumer": event id, consumer, number of failures, last failure time, last error. */
    private Map<String, Object[]> failures(List<UUID> ids) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select event_id, consumer, count(*), max(at), "
                + "(array_agg(error order by id desc))[1] from event_failure where event_id = any(cast(? as uuid[])) "
                + "group by event_id, consumer order by min(id)").setParameter(1, uuidArray(ids)).getResultList();
        Map<String, Object[]> byKey = new LinkedHashMap<>();
        rows.forEach(r -> byKey.put(r[0] + "|" + r[1], r));
        return byKey;
    }

    /** A message in the dead-letter queue: its event and the subscription (consumer) it failed in. */
    private record DeadMessage(UUID eventId, String type, String consumer) {
    }

    /** The dead-letter queue's messages, only those of the given events when {@code ids} is not null. */
    private List<DeadMessage> browseDeadLetters(List<UUID> ids) {
        String selector = ids == null ? Destinations.EVENT_ID + " IS NOT NULL"
                : Destinations.EVENT_ID + " IN (" + ids.stream().map(id -> "'" + id + "'")
                        .collect(Collectors.joining(", ")) + ")";
        List<DeadMessage> messages = new ArrayList<>();
        try (JMSContext browsing = connectionFactory.createContext();
             QueueBrowser browser = browsing.createBrowser(browsing.createQueue(Destinations.DEAD_LETTER_QUEUE),
                     selector)) {
            Enumeration<?> waiting = browser.getEnumeration();
            while (waiting.hasMoreElements() && messages.size() < MAX_ROWS) {
                Message message = (Message) waiting.nextElement();
                messages.add(new DeadMessage(UUID.fromString(message.getStringProperty(Destinations.EVENT_ID)),
                        message.getStringProperty(Destinations.EVENT_TYPE),
                        message.getStringProperty(ORIGINAL_QUEUE)));
            }
            return messages;
        } catch (JMSException e) {
            throw new IllegalStateException("Could not read the dead-letter queue", e);
        }
    }

    private static String uuidArray(List<UUID> ids) {
        return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof java.sql.Timestamp time) {
            return time.toInstant();
        }
        return value instanceof Instant time ? time : null;
    }
}
