package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A storefront search or category listing: free text (may be empty), filters, sort order and page. Built from the
 * page's query string, so every result page has a bookmarkable URL.
 *
 * @param query       what the customer typed; blank for a plain category listing
 * @param category    slug of a category: products in it or in any category below it
 * @param priceRange  one of {@link PriceRange#KEY}s, e.g. "25-50", or null
 * @param brands      brand names to keep (any of them), empty for all
 * @param merchantIds merchants to keep (any of them), empty for all
 * @param inStockOnly only products that can be bought now
 */
public record SearchRequest(String query, String category, String priceRange, List<String> brands,
        List<Long> merchantIds, boolean inStockOnly, SortOrder sort, int page, int pageSize) implements Serializable {

    public static final int DEFAULT_PAGE_SIZE = 24;
    public static final int MAX_PAGE_SIZE = 96;
    public static final int MAX_QUERY_LENGTH = 200;
    public static final int MAX_PAGE = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        category = category == null || category.isBlank() ? null : category.strip();
        priceRange = PriceRange.byKey(priceRange) == null ? null : priceRange;
        brands = brands == null ? List.of() : brands.stream().filter(Objects::nonNull).map(String::strip)
                .filter(b -> !b.isEmpty()).distinct().limit(20).toList();
        merchantIds = merchantIds == null ? List.of() : merchantIds.stream().filter(Objects::nonNull).distinct()
                .limit(20).toList();
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        page = Math.min(Math.max(1, page), MAX_PAGE);
        pageSize = pageSize <= 0 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
    }

    public static SearchRequest forQuery(String query) {
        return new SearchRequest(query, null, null, List.of(), List.of(), false, SortOrder.RELEVANCE, 1,
                DEFAULT_PAGE_SIZE);
    }

    public static SearchRequest forCategory(String categorySlug) {
        return new SearchRequest("", categorySlug, null, List.of(), List.of(), false, SortOrder.RELEVANCE, 1,
                DEFAULT_PAGE_SIZE);
    }

    public boolean hasQuery() {
        return !query.isEmpty();
    }

    /** The same filters and order with other words, from the first page. */
    public SearchRequest withQuery(String words) {
        return new SearchRequest(words, category, priceRange, brands, merchantIds, inStockOnly, sort, 1, pageSize);
    }

    public SearchRequest withCategory(String slug) {
        return new SearchRequest(query, slug, priceRange, brands, merchantIds, inStockOnly, sort, 1, pageSize);
    }

    public SearchRequest withPriceRange(String key) {
        return new SearchRequest(query, category, key, brands, merchantIds, inStockOnly, sort, 1, pageSize);
    }

    public SearchRequest withBrands(List<String> keep) {
        return new SearchRequest(query, category, priceRange, keep, merchantIds, inStockOnly, sort, 1, pageSize);
    }

    public SearchRequest withMerchants(List<Long> keep) {
        return new SearchRequest(query, category, priceRange, brands, keep, inStockOnly, sort, 1, pageSize);
    }

    public SearchRequest withInStockOnly(boolean value) {
        return new SearchRequest(query, category, priceRange, brands, merchantIds, value, sort, 1, pageSize);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, category, priceRange, brands, merchantIds, inStockOnly, order, 1, pageSize);
    }

    public SearchRequest withPage(int number) {
        return new SearchRequest(query, category, priceRange, brands, merchantIds, inStockOnly, sort, number,
                pageSize);
    }
}
