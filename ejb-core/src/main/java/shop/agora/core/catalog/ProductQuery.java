package shop.agora.core.catalog;

import shop.agora.core.catalog.entity.ProductStatus;

/**
 * One page of the merchant's product table.
 *
 * @param text      part of the name or of a SKU code, or blank
 * @param status    only this status, or null for all
 * @param sortField one of "name", "price", "status", "updated"; anything else sorts by last change
 */
public record ProductQuery(String text, ProductStatus status, String sortField, boolean ascending, int first,
        int pageSize) {

    public ProductQuery {
        text = text == null ? "" : text.strip();
        first = Math.max(0, first);
        pageSize = pageSize <= 0 ? 20 : Math.min(pageSize, 200);
    }
}
