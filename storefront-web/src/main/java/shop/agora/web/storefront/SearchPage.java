package shop.agora.web.storefront;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryLink;
import shop.agora.core.catalog.CategoryPage;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.storefront.catalog.FilterLink;
import shop.agora.web.storefront.catalog.Listing;
import shop.agora.web.storefront.catalog.ListingUrls;
import shop.agora.web.storefront.catalog.MetaDescription;

/**
 * Backing bean of {@code search.xhtml} ({@code /shop/search?q=...}): products for the typed words, or all products
 * without words, with facets including the category. When the words found nothing, the results are for the
 * corrected spelling; when nothing at all was found, it offers the popular categories.
 */
@Named
@RequestScoped
public class SearchPage {

    private static final int POPULAR_CATEGORIES = 6;

    @Inject
    CatalogService catalog;

    private String query;
    private Listing listing;
    private List<CategoryLink> categoryTrail = List.of();
    private List<CategoryLink> popularCategories = List.of();

    public void load() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ListingUrls urls = ListingUrls.search(external.getRequestContextPath());
        SearchRequest request = urls.read(external.getRequestParameterValuesMap(), query);
        if (request.category() != null) {
            Optional<CategoryPage> category = catalog.categoryPage(request.category());
            if (category.isPresent()) {
                categoryTrail = category.get().breadcrumbs();
            } else {
                request = request.withCategory(null); // an old link to a category that is gone: search everywhere
            }
        }
        listing = new Listing(urls, catalog.search(request), key -> Messages.app(key));
        if (listing.getTotal() == 0) {
            popularCategories = catalog.popularCategories(POPULAR_CATEGORIES);
        }
    }

    /** The search words as searched (trimmed and shortened), empty for all products. */
    public String getWords() {
        return listing.getRequest().query();
    }

    public String getTitle() {
        return getWords().isEmpty() ? Messages.app("search.allTitle") : Messages.app("search.title", getWords());
    }

    public String getDescription() {
        return MetaDescription.of(getWords().isEmpty() ? Messages.app("search.allDescription")
                : Messages.app("search.description", getWords()));
    }

    /** The spelling the results were found for when the words as typed found nothing; otherwise null. */
    public String getCorrectedQuery() {
        return listing.getResult().correctedQuery();
    }

    /**
     * When several plain words found nothing together: a link to the same search for products with any of them
     * (the search's "or"); otherwise null.
     */
    public String getAnyWordsHref() {
        String words = getWords();
        if (listing.getTotal() > 0 || words.contains("\"") || words.contains("-")) {
            return null;
        }
        List<String> each = java.util.Arrays.stream(words.split("\\s+"))
                .filter(w -> !w.equalsIgnoreCase("or")).distinct().toList();
        if (each.size() < 2 || each.size() != words.split("\\s+").length) {
            return null;
        }
        return listing.href(listing.getRequest().withQuery(String.join(" or ", each)));
    }

    /** The chosen category and the categories above it, each a link that searches in it; the last is chosen. */
    public List<FilterLink> getCategoryTrail() {
        List<FilterLink> links = new ArrayList<>();
        for (int i = 0; i < categoryTrail.size(); i++) {
            CategoryLink category = categoryTrail.get(i);
            links.add(new FilterLink("facet-category-" + category.slug(), category.name(), 0,
                    listing.href(listing.getRequest().withCategory(category.slug())), i == categoryTrail.size() - 1));
        }
        return links;
    }

    public String getAllCategoriesHref() {
        return listing.href(listing.getRequest().withCategory(null));
    }

    public List<CategoryLink> getPopularCategories() {
        return popularCategories;
    }

    public Listing getListing() {
        return listing;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
