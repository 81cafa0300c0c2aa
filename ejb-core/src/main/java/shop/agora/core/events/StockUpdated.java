package shop.agora.core.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Stock arrived in a warehouse (a purchase order was received, fully or partly): on hand went up. */
public record StockUpdated(UUID eventId, Instant occurredAt, String purchaseOrderNumber, long warehouseId,
        List<Long> skuIds, List<Long> productIds) implements DomainEvent {
}
