package shop.agora.core.inventory;

import java.io.Serializable;

/** A quantity of one SKU, as a cart line or an order line asks for it. */
public record SkuQuantity(long skuId, int quantity) implements Serializable {

    public SkuQuantity {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A quantity is at least 1, not " + quantity);
        }
    }
}
