package shop.agora.web.storefront.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.Facets;
import shop.agora.core.catalog.ProductCard;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SearchResult;
import shop.agora.core.shared.Money;

class ListingTest {

    private static final UnaryOperator<String> TEXTS = key -> switch (key) {
        case "listing.price.25-50" -> "25 to 50";
        case "listing.inStockOnly" -> "In stock only";
        default -> {
            if (key.startsWith("listing.sort.")) {
                yield key.substring("listing.sort.".length());
            }
            throw new MissingResourceException(key, "Texts", key);
        }
    };

    private static final Facets FACETS = new Facets(
            List.of(new Facets.CategoryCount(1, "laptops", "Laptops", 7)),
            List.of(new Facets.PriceCount("25-50", "25 to 50", 3), new Facets.PriceCount("500-", "500 and above", 4)),
            List.of(new Facets.ValueCount("Acme", 5), new Facets.ValueCount("Zenith", 2)),
            List.of(new Facets.MerchantCount(3, "Northwind", 6)), 6, 1);

    private final ListingUrls urls = ListingUrls.search("/shop");

    @Test
    void facetLinksAddAValueOrRemoveTheChosenOne() {
        Listing listing = listing(Map.of("brand", new String[] {"Acme"}, "price", new String[] {"25-50"},
                "page", new String[] {"3"}), "lamp", 100);

        FilterLink acme = listing.getBrands().get(0);
        assertEquals("facet-brand-0", acme.id());
        assertTrue(acme.chosen());
        assertEquals("/shop/search?q=lamp&price=25-50", acme.href(), "removes the brand, back to page 1");
        FilterLink zenith = listing.getBrands().get(1);
        assertFalse(zenith.chosen());
        assertEquals("/shop/search?q=lamp&price=25-50&brand=Acme&brand=Zenith", zenith.href());

        FilterLink price = listing.getPrices().get(0);
        assertEquals("facet-price-25-50", price.id());
        assertTrue(price.chosen());
        assertEquals("/shop/search?q=lamp&brand=Acme", price.href());
        assertEquals("500 and above", listing.getPrices().get(1).label(), "the service's label without a text");

        assertEquals("facet-category-laptops", listing.getCategories().get(0).id());
        assertEquals("/shop/search?q=lamp&category=laptops&price=25-50&brand=Acme",
                listing.getCategories().get(0).href());
        assertEquals("/shop/search?q=lamp&price=25-50&brand=Acme&merchant=3", listing.getMerchants().get(0).href());

        FilterLink stock = listing.getAvailability().get(0);
        assertEquals("facet-stock", stock.id());
        assertEquals("/shop/search?q=lamp&price=25-50&brand=Acme&stock=1", stock.href());

        assertTrue(listing.isFiltered());
        assertEquals("/shop/search?q=lamp", listing.getClearHref());
    }

    @Test
    void pagesAroundTheCurrentOne() {
        Listing listing = listing(Map.of("page", new String[] {"3"}), "", 24 * 10);

        assertEquals(List.of("page-1", "page-2", "page-3", "page-4", "page-5"),
                listing.getPages().stream().map(FilterLink::id).toList());
        assertTrue(listing.getPages().get(2).chosen());
        assertEquals("/shop/search?page=2", listing.getPreviousHref());
        assertEquals("/shop/search?page=4", listing.getNextHref());
        assertEquals("/shop/search", listing.pageHref(1));
        assertFalse(listing.isFiltered(), "a page is not a filter");
        assertFalse(listing.isPastEnd());

        Listing last = listing(Map.of("page", new String[] {"10"}), "", 24 * 10);
        assertNull(last.getNextHref());
        Listing behind = listing(Map.of("page", new String[] {"12"}), "", 24 * 10);
        assertTrue(behind.isPastEnd());
        assertEquals("/shop/search?page=10", behind.getPreviousHref());
    }

    @Test
    void withoutWordsTheNewestComeFirstAndRelevanceIsNotOffered() {
        List<FilterLink> sorts = listing(Map.of(), "", 50).getSorts();
        assertEquals(List.of("sort-newest", "sort-price_asc", "sort-price_desc"),
                sorts.stream().map(FilterLink::id).toList());
        assertTrue(sorts.get(0).chosen());
        assertEquals("/shop/search", sorts.get(0).href());
        assertEquals("/shop/search?sort=price_asc", sorts.get(1).href());

        List<FilterLink> withWords = listing(Map.of("sort", new String[] {"price_desc"}), "lamp", 50).getSorts();
        assertEquals(List.of("sort-relevance", "sort-newest", "sort-price_asc", "sort-price_desc"),
                withWords.stream().map(FilterLink::id).toList());
        assertTrue(withWords.get(3).chosen());
        assertEquals("/shop/search?q=lamp", withWords.get(0).href());
    }

    @Test
    void onACategoryPageItsCategoryIsNoFilter() {
        ListingUrls category = ListingUrls.category("/shop", "laptops");
        SearchRequest request = category.read(Map.of("sort", new String[] {"newest"}), "");
        Listing listing = new Listing(category, new SearchResult(request, List.of(), 0, FACETS, null), TEXTS);

        assertFalse(listing.isFiltered());
        assertEquals("/shop/c/laptops?sort=newest", listing.getClearHref());
    }

    private Listing listing(Map<String, String[]> parameters, String query, long total) {
        SearchRequest request = urls.read(parameters, query);
        ProductCard card = new ProductCard(1, "lamp", "Lamp", "Acme", Money.of(new BigDecimal("30"), "EUR"), 3,
                "Northwind", null, true);
        return new Listing(urls, new SearchResult(request, List.of(card), total, FACETS, null), TEXTS);
    }
}
