package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order is paid and its stock sold to it: fulfilment (labels, emails) can start. */
public record OrderConfirmed(UUID eventId, Instant occurredAt, long orderId, String orderNumber, String email,
        List<Line> lines, BigDecimal total, String currency) implements OrderEvent {

    public record Line(long skuId, long merchantId, int quantity) {
    }
}
