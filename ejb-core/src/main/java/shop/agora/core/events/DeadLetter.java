package shop.agora.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A message in the dead-letter queue: the event, the consumer that failed on it every time, the order it is about
 * (when it is about one) and the last error that consumer recorded.
 */
public record DeadLetter(UUID eventId, String type, String consumer, String subject, Instant publishedAt,
        int failures, String lastError) {
}
