package shop.agora.web.storefront.catalog;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SortOrder;

/**
 * A product listing's address, both ways: the search page and the category pages read what to show from their
 * query string, and every link that changes a filter, the order or the page is an address of its own. So any
 * result page can be bookmarked, shared and opened without a session. Parameters: {@code q} (search only),
 * {@code category} (search only: a category page has it in its path), {@code price} (a {@code PriceRange} key
 * such as {@code 25-50}), {@code brand} and {@code merchant} (repeatable), {@code stock=1}, {@code sort}
 * ({@code price_asc}, {@code price_desc}, {@code newest}; relevance when absent) and {@code page}. Values that make
 * no sense are ignored, never an error.
 */
public final class ListingUrls {

    public static final String SEARCH_PATH = "/search";
    public static final String QUERY = "q";
    public static final String CATEGORY = "category";
    public static final String PRICE = "price";
    public static final String BRAND = "brand";
    public static final String MERCHANT = "merchant";
    public static final String STOCK = "stock";
    public static final String SORT = "sort";
    public static final String PAGE = "page";

    /** Far beyond any real listing, and small enough that the offset of a page stays an int. */
    static final int MAX_PAGE = SearchRequest.MAX_PAGE;

    private final String base;
    private final String category;

    private ListingUrls(String base, String category) {
        this.base = base;
        this.category = category;
    }

    /** The search page: {@code /shop/search?q=...}. */
    public static ListingUrls search(String contextPath) {
        return new ListingUrls(contextPath + SEARCH_PATH, null);
    }

    /** A category page: {@code /shop/c/{slug}?...}. */
    public static ListingUrls category(String contextPath, String slug) {
        return new ListingUrls(contextPath + categoryPath(slug), slug);
    }

    public static String categoryPath(String slug) {
        return "/c/" + pathSegment(slug);
    }

    public static String productPath(String slug) {
        return "/p/" + pathSegment(slug);
    }

    /** The category of a category page (it is not a filter there), or null on the search page. */
    public String pageCategory() {
        return category;
    }

    /** What the query string asks for; {@code query} is the search page's {@code q} (ignored on a category page). */
    public SearchRequest read(Map<String, String[]> parameters, String query) {
        boolean search = category == null;
        return new SearchRequest(search ? query : "", search ? first(parameters, CATEGORY) : category,
                first(parameters, PRICE), all(parameters, BRAND), merchantIds(all(parameters, MERCHANT)),
                "1".equals(first(parameters, STOCK)), sort(first(parameters, SORT)), page(first(parameters, PAGE)),
                SearchRequest.DEFAULT_PAGE_SIZE);
    }

    /** The address that shows {@code request}; parameters with their default value are left out. */
    public String href(SearchRequest request) {
        List<String> pairs = new ArrayList<>();
        if (category == null) {
            add(pairs, QUERY, request.query());
            add(pairs, CATEGORY, request.category());
        }
        add(pairs, PRICE, request.priceRange());
        request.brands().forEach(brand -> add(pairs, BRAND, brand));
        request.merchantIds().forEach(id -> add(pairs, MERCHANT, String.valueOf(id)));
        if (request.inStockOnly()) {
            add(pairs, STOCK, "1");
        }
        if (request.sort() != SortOrder.RELEVANCE) {
            add(pairs, SORT, sortKey(request.sort()));
        }
        if (request.page() > 1) {
            add(pairs, PAGE, String.valueOf(request.page()));
        }
        return pairs.isEmpty() ? base : base + "?" + String.join("&", pairs);
    }

    /** The URL value of a sort order, e.g. {@code price_asc}. */
    public static String sortKey(SortOrder order) {
        return order.name().toLowerCase(Locale.ROOT);
    }

    /** A query parameter, encoded for a URL. */
    public static String queryValue(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void add(List<String> pairs, String name, String value) {
        if (value != null && !value.isEmpty()) {
            pairs.add(name + "=" + queryValue(value));
        }
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static List<String> all(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? List.of() : List.of(values);
    }

    private static List<Long> merchantIds(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            try {
                long id = Long.parseLong(value.strip());
                if (id > 0) {
                    ids.add(id);
                }
            } catch (NumberFormatException ignored) {
                // not a merchant: the filter is left out
            }
        }
        return ids;
    }

    private static SortOrder sort(String value) {
        for (SortOrder order : SortOrder.values()) {
            if (sortKey(order).equals(value)) {
                return order;
            }
        }
        return SortOrder.RELEVANCE;
    }

    private static int page(String value) {
        try {
            return Math.min(Math.max(1, Integer.parseInt(value == null ? "1" : value.strip())), MAX_PAGE);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
