package shop.agora.web.storefront.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.function.UnaryOperator;
import shop.agora.core.catalog.Facets;
import shop.agora.core.catalog.ProductCard;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SearchResult;
import shop.agora.core.catalog.SortOrder;

/**
 * One page of a product listing as the search and category pages show it: the results, and every link that changes
 * what is shown (facet values, sort orders, pages), each a GET address made by {@link ListingUrls}. Following a
 * chosen facet value's link removes it again; any change goes back to the first page.
 */
public final class Listing {

    private static final int PAGES_AROUND = 2;
    private static final List<SortOrder> SORT_ORDERS = List.of(SortOrder.RELEVANCE, SortOrder.NEWEST,
            SortOrder.PRICE_ASC, SortOrder.PRICE_DESC);

    private final ListingUrls urls;
    private final SearchResult result;
    private final UnaryOperator<String> texts;

    /** @param texts the application's texts by key */
    public Listing(ListingUrls urls, SearchResult result, UnaryOperator<String> texts) {
        this.urls = urls;
        this.result = result;
        this.texts = texts;
    }

    public SearchResult getResult() {
        return result;
    }

    public SearchRequest getRequest() {
        return result.request();
    }

    public List<ProductCard> getItems() {
        return result.items();
    }

    public long getTotal() {
        return result.total();
    }

    public String href(SearchRequest request) {
        return urls.href(request);
    }

    /** Whether filters narrow the results; the search words and a category page's own category do not count. */
    public boolean isFiltered() {
        return !getRequest().withPage(1).equals(cleared());
    }

    /** The listing without any filter, keeping the search words, the category of a category page and the order. */
    public String getClearHref() {
        return href(cleared());
    }

    /** Whether there is any facet to show. */
    public boolean isFaceted() {
        Facets facets = result.facets();
        return isFiltered() || !facets.categories().isEmpty() || !facets.prices().isEmpty()
                || !facets.brands().isEmpty() || !facets.merchants().isEmpty() || facets.inStock() > 0;
    }

    /** Top-level categories, or the subcategories of the chosen one, with their counts. */
    public List<FilterLink> getCategories() {
        return result.facets().categories().stream().map(c -> new FilterLink("facet-category-" + c.slug(), c.name(),
                c.count(), href(getRequest().withCategory(c.slug())), c.slug().equals(getRequest().category())))
                .toList();
    }

    public List<FilterLink> getPrices() {
        String chosen = getRequest().priceRange();
        return result.facets().prices().stream().map(p -> new FilterLink("facet-price-" + p.key(),
                text("listing.price." + p.key(), p.label()), p.count(),
                href(getRequest().withPriceRange(p.key().equals(chosen) ? null : p.key())), p.key().equals(chosen)))
                .toList();
    }

    public List<FilterLink> getBrands() {
        List<FilterLink> links = new ArrayList<>();
        List<Facets.ValueCount> brands = result.facets().brands();
        for (int i = 0; i < brands.size(); i++) {
            String brand = brands.get(i).value();
            boolean chosen = getRequest().brands().contains(brand);
            List<String> kept = new ArrayList<>(getRequest().brands());
            if (!kept.remove(brand)) {
                kept.add(brand);
            }
            links.add(new FilterLink("facet-brand-" + i, brand, brands.get(i).count(),
                    href(getRequest().withBrands(kept)), chosen));
        }
        return links;
    }

    public List<FilterLink> getMerchants() {
        return result.facets().merchants().stream().map(m -> {
            List<Long> kept = new ArrayList<>(getRequest().merchantIds());
            boolean chosen = kept.remove(m.id());
            if (!chosen) {
                kept.add(m.id());
            }
            return new FilterLink("facet-merchant-" + m.id(), m.name(), m.count(),
                    href(getRequest().withMerchants(kept)), chosen);
        }).toList();
    }

    /** "In stock only" (a toggle), or nothing when nothing is in stock and the filter is not chosen. */
    public List<FilterLink> getAvailability() {
        boolean chosen = getRequest().inStockOnly();
        long inStock = result.facets().inStock();
        return inStock == 0 && !chosen ? List.of() : List.of(new FilterLink("facet-stock",
                text("listing.inStockOnly", "In stock only"), inStock, href(getRequest().withInStockOnly(!chosen)),
                chosen));
    }

    /** Sort orders; without search words "relevance" is the newest first, so only "newest" is offered. */
    public List<FilterLink> getSorts() {
        boolean words = getRequest().hasQuery();
        SortOrder current = !words && getRequest().sort() == SortOrder.RELEVANCE ? SortOrder.NEWEST
                : getRequest().sort();
        List<FilterLink> links = new ArrayList<>();
        for (SortOrder order : SORT_ORDERS) {
            if (order == SortOrder.RELEVANCE && !words) {
                continue;
            }
            SortOrder asked = !words && order == SortOrder.NEWEST ? SortOrder.RELEVANCE : order;
            String key = ListingUrls.sortKey(order);
            links.add(new FilterLink("sort-" + key, text("listing.sort." + key, key), 0,
                    href(getRequest().withSort(asked)), order == current));
        }
        return links;
    }

    public int getPage() {
        return getRequest().page();
    }

    public int getPageCount() {
        return result.pages();
    }

    /** Whether the page asked for lies behind the last one. */
    public boolean isPastEnd() {
        return result.total() > 0 && getPage() > getPageCount();
    }

    /** The numbered pages around the current one. */
    public List<FilterLink> getPages() {
        List<FilterLink> links = new ArrayList<>();
        for (int n = Math.max(1, getPage() - PAGES_AROUND); n <= Math.min(getPageCount(), getPage() + PAGES_AROUND);
                n++) {
            links.add(new FilterLink("page-" + n, String.valueOf(n), 0, pageHref(n), n == getPage()));
        }
        return links;
    }

    public String pageHref(int number) {
        return href(getRequest().withPage(number));
    }

    public String getPreviousHref() {
        return getPage() > 1 ? pageHref(Math.min(getPage() - 1, getPageCount())) : null;
    }

    public String getNextHref() {
        return getPage() < getPageCount() ? pageHref(getPage() + 1) : null;
    }

    private SearchRequest cleared() {
        SearchRequest request = getRequest();
        return new SearchRequest(request.query(), urls.pageCategory(), null, List.of(), List.of(), false,
                request.sort(), 1, request.pageSize());
    }

    private String text(String key, String fallback) {
        try {
            return texts.apply(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
