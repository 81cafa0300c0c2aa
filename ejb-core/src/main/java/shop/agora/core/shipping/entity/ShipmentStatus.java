package shop.agora.core.shipping.entity;

import java.util.Locale;

/** A parcel's way, as the carrier reports it: label created -> picked up -> in transit -> delivered, or cancelled. */
public enum ShipmentStatus {
    LABEL_CREATED, PICKED_UP, IN_TRANSIT, DELIVERED, CANCELLED;

    /** Still on its way: the tracking poll asks the carrier about it. */
    public boolean open() {
        return this == LABEL_CREATED || this == PICKED_UP || this == IN_TRANSIT;
    }

    /** Has left the warehouse. */
    public boolean leftWarehouse() {
        return this == PICKED_UP || this == IN_TRANSIT || this == DELIVERED;
    }

    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
