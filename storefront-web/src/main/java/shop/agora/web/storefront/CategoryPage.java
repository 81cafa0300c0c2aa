package shop.agora.web.storefront;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryLink;
import shop.agora.core.catalog.Facets;
import shop.agora.web.common.error.NotFound;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.storefront.catalog.FilterLink;
import shop.agora.web.storefront.catalog.Listing;
import shop.agora.web.storefront.catalog.ListingUrls;
import shop.agora.web.storefront.catalog.MetaDescription;

/**
 * Backing bean of {@code category.xhtml} ({@code /shop/c/{slug}}): the products in a category and below it, with
 * facets, its subcategories and the way up. An unknown category is "not found".
 */
@Named
@RequestScoped
public class CategoryPage {

    @Inject
    CatalogService catalog;

    private String slug;
    private shop.agora.core.catalog.CategoryPage category;
    private Listing listing;

    public void load() throws IOException {
        Optional<shop.agora.core.catalog.CategoryPage> found = slug == null || slug.isBlank() ? Optional.empty()
                : catalog.categoryPage(slug);
        if (found.isEmpty()) {
            NotFound.respond();
            return;
        }
        category = found.get();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ListingUrls urls = ListingUrls.category(external.getRequestContextPath(), category.category().slug());
        listing = new Listing(urls, catalog.search(urls.read(external.getRequestParameterValuesMap(), "")),
                key -> Messages.app(key));
    }

    public String getName() {
        return category.category().name();
    }

    public String getDescription() {
        return MetaDescription.of(Messages.app("category.description", getName()));
    }

    /** The categories above this one, from the top. */
    public List<CategoryLink> getTrail() {
        List<CategoryLink> breadcrumbs = category.breadcrumbs();
        return breadcrumbs.isEmpty() ? List.of() : breadcrumbs.subList(0, breadcrumbs.size() - 1);
    }

    /** The subcategories, with the number of products the current filters leave in each. */
    public List<FilterLink> getSubcategories() {
        Map<String, Long> counts = listing.getResult().facets().categories().stream()
                .collect(Collectors.toMap(Facets.CategoryCount::slug, Facets.CategoryCount::count, Long::sum));
        String contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return category.children().stream().map(child -> new FilterLink("subcategory-" + child.slug(), child.name(),
                counts.getOrDefault(child.slug(), 0L), contextPath + ListingUrls.categoryPath(child.slug()), false))
                .toList();
    }

    public Listing getListing() {
        return listing;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }
}
