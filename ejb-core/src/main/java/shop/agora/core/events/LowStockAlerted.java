package shop.agora.core.events;

import java.time.Instant;
import java.util.UUID;

/** "Low Stock Alert": the daily check found a SKU at or below its reorder point. */
public record LowStockAlerted(UUID eventId, Instant occurredAt, long alertId, long skuId, String skuCode,
        String productName, long merchantId, int available, int reorderPoint, int suggestedQuantity)
        implements DomainEvent {
}
