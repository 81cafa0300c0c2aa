package shop.agora.core.inventory;

import java.io.Serializable;

/** One of a merchant's SKUs with its stock over all warehouses. */
public record SkuStockRow(long skuId, long productId, String productName, String skuCode, String skuLabel,
        int onHand, int held, int available, Integer threshold, boolean openAlert) implements Serializable {

    /** At or below the merchant's threshold, or sold out. */
    public boolean low() {
        return available <= (threshold == null ? 0 : threshold);
    }
}
