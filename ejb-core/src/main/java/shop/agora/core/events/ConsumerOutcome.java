package shop.agora.core.events;

import java.time.Instant;

/**
 * What one consumer made of one event: how often it was handed the event, how often it failed (and the last
 * error), and where the event stands for it now.
 */
public record ConsumerOutcome(String consumer, Status status, int deliveries, int failures, String lastError,
        Instant lastFailureAt) {

    /** Where an event stands for one consumer. */
    public enum Status {
        /** Acted on once (further deliveries were ignored). */
        PROCESSED("Processed"),
        /** Failed, and the broker will deliver it again after a delay. */
        RETRYING("Failed, retrying"),
        /** Failed on every attempt; it waits in the dead-letter queue for an admin. */
        DEAD_LETTERED("Dead-lettered"),
        /** An admin sent it back to the consumer; it has not been processed yet. */
        RETRIED("Sent again"),
        /** An admin discarded it: the consumer will never act on it. */
        DISCARDED("Discarded");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * Where an event stands for a consumer: processed wins over everything; then a copy in the dead-letter queue;
         * then the admin's last action ({@code lastAction} RETRIED or DISCARDED, or null), where a failure after a
         * retry means it is failing again; otherwise it failed and the broker will try again.
         */
        public static Status of(boolean processed, boolean deadLettered, String lastAction,
                boolean failedSinceAction) {
            if (processed) {
                return PROCESSED;
            }
            if (deadLettered) {
                return DEAD_LETTERED;
            }
            if ("DISCARDED".equals(lastAction)) {
                return DISCARDED;
            }
            if ("RETRIED".equals(lastAction)) {
                return failedSinceAction ? RETRYING : RETRIED;
            }
            return RETRYING;
        }
    }
}
