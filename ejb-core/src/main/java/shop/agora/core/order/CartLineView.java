package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One cart line priced by the server, with what can be bought now. {@code problem} is null when the line can be
 * ordered as it is, else a sentence for the customer ("Only 2 left", "No longer available").
 */
public record CartLineView(long skuId, long productId, String productName, String productSlug, String skuCode,
        String skuLabel, Long imageId, BigDecimal unitPrice, String currency, int quantity, int available,
        int weightGrams, String problem) implements Serializable {

    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
