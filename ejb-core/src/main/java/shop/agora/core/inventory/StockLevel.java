package shop.agora.core.inventory;

import java.io.Serializable;

/** The stock of one SKU in one warehouse; {@code version} changes with every change, for safe adjustments. */
public record StockLevel(long skuId, long warehouseId, int onHand, int held, long version) implements Serializable {

    public int available() {
        return onHand - held;
    }
}
