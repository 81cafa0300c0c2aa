package shop.agora.core.events;

import java.time.Instant;
import java.util.UUID;

/** A parcel of an order is registered with the carrier and its label is ready to print. */
public record ShipmentReady(UUID eventId, Instant occurredAt, long shipmentId, String shipmentNumber, long orderId,
        String orderNumber, String email, long merchantId, String carrier, String trackingNumber)
        implements OrderEvent {
}
