package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The gateway charged the customer's card for an order. */
public record PaymentProcessed(UUID eventId, Instant occurredAt, long orderId, String orderNumber, long paymentId,
        BigDecimal amount, String currency) implements OrderEvent {
}
