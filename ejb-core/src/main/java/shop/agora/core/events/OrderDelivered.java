package shop.agora.core.events;

import java.time.Instant;
import java.util.UUID;

/** Every parcel of an order was delivered: the order is fulfilled. */
public record OrderDelivered(UUID eventId, Instant occurredAt, long orderId, String orderNumber, String email,
        Instant deliveredAt) implements OrderEvent {
}
