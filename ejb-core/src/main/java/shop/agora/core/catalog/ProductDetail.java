package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;
import shop.agora.core.shared.Money;

/** Everything the product page shows. */
public record ProductDetail(long id, String slug, String name, String description, String brand, Money price,
        long merchantId, String merchantName, List<Long> imageIds, List<AttributeView> attributes,
        List<VariantView> variants, List<CategoryLink> breadcrumbs, boolean inStock) implements Serializable {

    public ProductDetail {
        imageIds = List.copyOf(imageIds); // serialisable, whatever list the caller built
        attributes = List.copyOf(attributes);
        variants = List.copyOf(variants);
        breadcrumbs = List.copyOf(breadcrumbs);
    }

    public record AttributeView(String name, String value) implements Serializable {
    }

    /** A variant the customer can choose: its own price (or the product's) and whether it can be bought. */
    public record VariantView(long skuId, String code, String label, Money price, int weightGrams, boolean inStock)
            implements Serializable {
    }
}
