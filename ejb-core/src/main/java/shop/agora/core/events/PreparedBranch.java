package shop.agora.core.events;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One transaction branch the broker holds prepared, as its management lists them
 * ({@code listPreparedTransactionDetailsAsJSON}): its id and the application's events it sends or takes.
 *
 * @param xid the branch's id as the broker writes it (base64), which its management takes back to settle it
 * @param sent the events the branch publishes: they reach their subscribers if it commits
 * @param received the events the branch takes off a subscription: they are delivered again if it rolls back
 */
public record PreparedBranch(String xid, Set<UUID> sent, Set<UUID> received) {

    static final String SEND = "(+) send";
    static final String RECEIVE = "(-) receive";

    /** What to do with a branch. */
    public enum Decision {
        /** The relay's transaction committed (the event is marked relayed in the event log): deliver it. */
        COMMIT,
        /** The relay's transaction did not commit: drop this copy (the relay sends the event again). */
        ROLLBACK,
        /** Not decidable now (or not the application's): leave it to the transaction manager. */
        LEAVE
    }

    public PreparedBranch {
        sent = Set.copyOf(sent);
        received = Set.copyOf(received);
    }

    /** Whether the branch carries any of the application's events (a branch of another application carries none). */
    public boolean ours() {
        return !sent.isEmpty() || !received.isEmpty();
    }

    /**
     * Decides from the event log. A branch that sends events is committed when every one of them is marked relayed
     * (marked in the same transaction, so that transaction committed) and rolled back when none is, unless the
     * database itself still holds a transaction in doubt (its outcome, and so the log, may still change). A branch
     * that only takes events is rolled back: they are delivered again and the consumers' claims make that harmless.
     */
    public Decision decide(Set<UUID> logged, boolean databaseInDoubt) {
        if (!ours()) {
            return Decision.LEAVE;
        }
        long found = sent.stream().filter(logged::contains).count();
        if (!sent.isEmpty() && found == sent.size()) {
            return Decision.COMMIT;
        }
        if (found == 0 && !databaseInDoubt) {
            return Decision.ROLLBACK;
        }
        return Decision.LEAVE; // part logged (not one transaction), or the database may still commit them
    }

    /** Reads the management's answer: a JSON array of prepared transactions (nothing at all when there are none). */
    public static List<PreparedBranch> parse(String json) {
        List<PreparedBranch> branches = new ArrayList<>();
        if (json == null || json.isBlank()) {
            return branches;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue value : reader.readArray()) {
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonObject transaction = value.asJsonObject();
                String xid = transaction.getString("xid_as_base64", null);
                if (xid == null) {
                    continue;
                }
                Set<UUID> sent = new LinkedHashSet<>();
                Set<UUID> received = new LinkedHashSet<>();
                JsonArray messages = transaction.containsKey("tx_related_messages")
                        && transaction.get("tx_related_messages").getValueType() == JsonValue.ValueType.ARRAY
                        ? transaction.getJsonArray("tx_related_messages") : JsonValue.EMPTY_JSON_ARRAY;
                for (JsonValue message : messages) {
                    if (message.getValueType() != JsonValue.ValueType.OBJECT) {
                        continue;
                    }
                    UUID eventId = eventId(message.asJsonObject());
                    String operation = message.asJsonObject().getString("message_operation_type", "");
                    if (eventId != null && SEND.equals(operation)) {
                        sent.add(eventId);
                    } else if (eventId != null && RECEIVE.equals(operation)) {
                        received.add(eventId);
                    }
                }
                branches.add(new PreparedBranch(xid, sent, received));
            }
        }
        return branches;
    }

    /** The event id a message carries (a message property, listed flat or under "properties"), or null. */
    private static UUID eventId(JsonObject message) {
        JsonValue properties = message.get("message_properties");
        if (properties == null || properties.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject map = properties.asJsonObject();
        JsonValue id = map.get(Destinations.EVENT_ID);
        if (id == null && map.get("properties") instanceof JsonObject nested) {
            id = nested.get(Destinations.EVENT_ID);
        }
        if (!(id instanceof JsonString text)) {
            return null;
        }
        try {
            return UUID.fromString(text.getString());
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
