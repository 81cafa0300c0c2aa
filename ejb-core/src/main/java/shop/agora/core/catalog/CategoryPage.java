package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;

/** What a category page shows around its products: the way up (breadcrumbs) and the subcategories. */
public record CategoryPage(CategoryLink category, List<CategoryLink> breadcrumbs, List<CategoryLink> children)
        implements Serializable {

    public CategoryPage {
        breadcrumbs = List.copyOf(breadcrumbs); // serialisable for the cache
        children = List.copyOf(children);
    }
}
