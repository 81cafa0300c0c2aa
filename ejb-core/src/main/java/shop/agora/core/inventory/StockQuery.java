package shop.agora.core.inventory;

import java.io.Serializable;

/**
 * A page of a merchant's stock table.
 *
 * @param text part of a product name or SKU code, or null
 * @param lowOnly only SKUs at or below their threshold (or sold out)
 * @param sort "product", "code", "available" or "onHand"
 */
public record StockQuery(String text, boolean lowOnly, String sort, boolean ascending, int first, int max)
        implements Serializable {

    public StockQuery {
        first = Math.max(0, first);
        max = Math.max(1, Math.min(200, max));
    }
}
