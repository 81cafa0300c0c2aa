package shop.agora.core.catalog;

import java.util.List;
import shop.agora.core.catalog.entity.ProductStatus;

/** A product as the merchant's edit form loads it; {@code version} guards against overwriting someone's change. */
public record ProductEdit(long id, String slug, ProductStatus status, long version, ProductForm form,
        List<Long> imageIds) {
}
