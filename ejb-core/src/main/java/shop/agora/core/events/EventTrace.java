package shop.agora.core.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One published event with what each of its consumers made of it, for the back office's "Events" page;
 * {@code relayedAt} is when it was handed to the broker (null: it still waits in the event log).
 */
public record EventTrace(UUID eventId, String type, String topic, String subject, Instant publishedAt,
        Instant relayedAt, List<ConsumerOutcome> consumers) {

    /** True while the event waits in the event log for the broker. */
    public boolean waiting() {
        return relayedAt == null;
    }

    /** True when a consumer's copy waits in the dead-letter queue. */
    public boolean deadLettered() {
        return consumers.stream().anyMatch(c -> c.status() == ConsumerOutcome.Status.DEAD_LETTERED);
    }
}
