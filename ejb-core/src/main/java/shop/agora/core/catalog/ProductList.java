package shop.agora.core.catalog;

import java.util.List;

/** One page of the merchant's products and how many match in all. */
public record ProductList(List<ProductRow> rows, long total) {
}
