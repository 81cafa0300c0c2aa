package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;

/** The storefront's home: the top of the category tree, featured products and what is new. */
public record HomePage(List<CategoryLink> categories, List<ProductCard> featured, List<ProductCard> newest)
        implements Serializable {
}
