package shop.agora.core.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Availability changed after a committed stock change that can make a product stop or start being in stock: a hold
 * that took a warehouse's last units of a SKU, a release, a return, an adjustment or a receipt. (An ordinary hold
 * leaves units to buy; a sale changes no availability: its units were held already.)
 *
 * @param cause HOLD, RELEASE, RETURN, ADJUSTMENT or RECEIPT
 * @param reference the order or purchase order behind the change, if any
 * @param skuIds the SKUs whose availability changed
 * @param productIds their products
 */
public record InventoryUpdated(UUID eventId, Instant occurredAt, String cause, String reference, List<Long> skuIds,
        List<Long> productIds) implements DomainEvent {
}
