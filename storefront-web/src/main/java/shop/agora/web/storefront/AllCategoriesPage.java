package shop.agora.web.storefront;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryNode;

/**
 * Backing bean of {@code categories.xhtml}: every category of the shop on one page. It reads the tree with one
 * database query on every request (nothing cached), which also makes it the baseline page of the catalog
 * benchmark (bench/catalog.sh).
 */
@Named
@RequestScoped
public class AllCategoriesPage {

    @Inject
    CatalogService catalog;

    private List<CategoryNode> tree;

    public List<CategoryNode> getTree() {
        if (tree == null) {
            tree = catalog.categoryTree();
        }
        return tree;
    }
}
