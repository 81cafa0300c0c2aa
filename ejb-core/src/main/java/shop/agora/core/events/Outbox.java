package shop.agora.core.events;

import java.time.Instant;

/**
 * The events written to the event log that the relay has not yet handed to the broker: how many, and when the oldest
 * of them was written (null when none waits). A number that keeps growing means the broker cannot be reached.
 */
public record Outbox(long waiting, Instant oldestWrittenAt) {
}
