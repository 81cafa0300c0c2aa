package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled. {@code refunded} is the amount already given back to the card (for example when the
 * stock was gone after payment); {@code refundDue} says that a charge is still to be refunded (PaymentProcessing does
 * it on this event and publishes "Refund Processed"). Its stock goes back on this event too.
 */
public record OrderCancelled(UUID eventId, Instant occurredAt, long orderId, String orderNumber, String email,
        String reason, BigDecimal refunded, String currency, boolean refundDue) implements OrderEvent {
}
