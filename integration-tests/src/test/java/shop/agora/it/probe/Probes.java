package shop.agora.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.QueueBrowser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.UUID;
import javax.sql.DataSource;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.platform.Resources;

/**
 * The test side of the event backbone: publishes probe events in a business transaction (writing a row in the same
 * transaction), and reads what the consumers recorded, using the application's own data source and connection
 * factory.
 */
@Stateless
public class Probes {

    public static final String PROBE_TOPIC = "agora.it.probe";
    public static final String POISON_TOPIC = "agora.it.poison";
    /** Its consumer fails on an event until the test says the cause is fixed ({@link #fix}). */
    public static final String FLAKY_TOPIC = "agora.it.flaky";

    @EJB
    EventPublisher publisher;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @Resource(lookup = Resources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    public void publish(String topic, ProbeEvent event) {
        update("insert into it_probe_source (event_id) values (?)", event.eventId());
        publisher.publish(topic, event);
    }

    /**
     * Writes the event to the event log as relayed, without sending it: the database side of a relay transaction
     * that committed while its message was left in doubt on the broker.
     */
    public void logOnly(String topic, ProbeEvent event) {
        update("insert into event_log (event_id, type, topic, subject, payload, published_at, relayed_at) "
                + "values (?, 'ProbeEvent', ?, ?, ?, now(), now())", event.eventId(), topic, event.orderNumber(),
                json(event));
    }

    /** The event as publishing writes it (the message's text and the event log's payload). */
    public static String json(ProbeEvent event) {
        try (jakarta.json.bind.Jsonb jsonb = jakarta.json.bind.JsonbBuilder.create()) {
            return jsonb.toJson(event);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes and publishes like {@link #publish}, then fails: the transaction must leave no row and no message. */
    public void publishThenFail(String topic, ProbeEvent event) {
        publish(topic, event);
        throw new ProbeFailure("the business step after publishing failed");
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordEffect(ProbeEvent event) {
        update("insert into it_probe_effect (event_id, note) values (?, ?)", event.eventId(), event.note());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordAttempt(ProbeEvent event) {
        update("insert into it_probe_attempt (event_id) values (?)", event.eventId());
    }

    /** From now on the flaky consumer succeeds on this event. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fix(UUID eventId) {
        update("insert into it_probe_fixed (event_id) values (?) on conflict do nothing", eventId);
    }

    public boolean fixed(UUID eventId) {
        return count("it_probe_fixed", eventId) > 0;
    }

    public long sources(UUID eventId) {
        return count("it_probe_source", eventId);
    }

    public long effects(UUID eventId) {
        return count("it_probe_effect", eventId);
    }

    public long attempts(UUID eventId) {
        return count("it_probe_attempt", eventId);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean inDeadLetterQueue(UUID eventId) {
        try (JMSContext jms = connectionFactory.createContext();
             QueueBrowser browser = jms.createBrowser(jms.createQueue(Destinations.DEAD_LETTER_QUEUE),
                     Destinations.EVENT_ID + " = '" + eventId + "'")) {
            return !Collections.list(browser.getEnumeration()).isEmpty();
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String table, UUID eventId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select count(*) from " + table + " where event_id = ?")) {
            statement.setObject(1, eventId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
