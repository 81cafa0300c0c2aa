package shop.agora.core.catalog;

import java.time.Instant;
import shop.agora.core.catalog.entity.ProductStatus;
import shop.agora.core.shared.Money;

/** A line of the merchant's product table. */
public record ProductRow(long id, String name, String slug, ProductStatus status, Money price, int variants,
        Instant updatedAt) {
}
