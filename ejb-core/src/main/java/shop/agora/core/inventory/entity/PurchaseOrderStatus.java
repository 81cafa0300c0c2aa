package shop.agora.core.inventory.entity;

/** Where a purchase order stands: ordered, partially received, received (complete) or cancelled. */
public enum PurchaseOrderStatus {
    ORDERED, PARTIALLY_RECEIVED, RECEIVED, CANCELLED;

    public boolean open() {
        return this == ORDERED || this == PARTIALLY_RECEIVED;
    }
}
