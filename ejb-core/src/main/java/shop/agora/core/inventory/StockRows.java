package shop.agora.core.inventory;

import java.io.Serializable;
import java.util.List;

/** A page of stock rows and how many there are in all. */
public record StockRows(List<SkuStockRow> rows, long total) implements Serializable {

    public StockRows {
        rows = List.copyOf(rows);
    }
}
