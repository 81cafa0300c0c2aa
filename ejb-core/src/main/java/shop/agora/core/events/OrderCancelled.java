package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order was cancelled. {@code refunded} is the amount already given back (for example when the stock was gone
 * after payment); {@code refundDue} says that a payment is still to go back: a card charge, or what the customer's
 * balance paid towards the order (PaymentProcessing does it on this event and publishes "Refund Processed"). Its
 * stock goes back on this event too.
 */
public record OrderCancelled(UUID eventId, Instant occurredAt, long orderId, String orderNumber, String email,
        String reason, BigDecimal refunded, String currency, boolean refundDue) implements OrderEvent {
}
