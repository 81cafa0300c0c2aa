package shop.agora.core.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An admin approved replenishment: a purchase order went to a supplier for a warehouse. */
public record ReplenishmentOrdered(UUID eventId, Instant occurredAt, long purchaseOrderId, String number,
        String supplierName, long warehouseId, LocalDate expectedOn, List<Long> skuIds, List<Integer> quantities)
        implements DomainEvent {
}
