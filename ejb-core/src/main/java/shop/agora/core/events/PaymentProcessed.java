package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order is paid: the gateway charged the customer's card (for what their balance did not pay), or their balance
 * paid it all. {@code amount} is what that payment was.
 */
public record PaymentProcessed(UUID eventId, Instant occurredAt, long orderId, String orderNumber, long paymentId,
        BigDecimal amount, String currency) implements OrderEvent {
}
