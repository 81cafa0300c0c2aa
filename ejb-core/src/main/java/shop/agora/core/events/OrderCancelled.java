package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled. {@code refunded} is the amount already given back to the card (for example when the
 * stock was gone after payment); 0 when nothing was charged or the refund is still to be made.
 */
public record OrderCancelled(UUID eventId, Instant occurredAt, long orderId, String orderNumber, String email,
        String reason, BigDecimal refunded, String currency) implements DomainEvent {
}
