package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A refund to the card was granted after delivery: PaymentProcessing gives {@code amount} back through the gateway. */
public record RefundRequested(UUID eventId, Instant occurredAt, long orderId, String orderNumber, long requestId,
        BigDecimal amount, String currency, String reason) implements OrderEvent {
}
