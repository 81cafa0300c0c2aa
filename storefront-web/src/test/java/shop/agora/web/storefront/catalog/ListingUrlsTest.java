package shop.agora.web.storefront.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SortOrder;

class ListingUrlsTest {

    private final ListingUrls search = ListingUrls.search("/shop");
    private final ListingUrls laptops = ListingUrls.category("/shop", "laptops");

    @Test
    void aSearchAddressSaysEverythingTheListingShows() {
        SearchRequest request = search.read(Map.of(
                "category", new String[] {"laptops"},
                "price", new String[] {"25-50"},
                "brand", new String[] {"Acme", "Other Brand"},
                "merchant", new String[] {"3"},
                "stock", new String[] {"1"},
                "sort", new String[] {"price_asc"},
                "page", new String[] {"2"}), "red shoes");

        assertEquals("red shoes", request.query());
        assertEquals("laptops", request.category());
        assertEquals("25-50", request.priceRange());
        assertEquals(List.of("Acme", "Other Brand"), request.brands());
        assertEquals(List.of(3L), request.merchantIds());
        assertTrue(request.inStockOnly());
        assertEquals(SortOrder.PRICE_ASC, request.sort());
        assertEquals(2, request.page());
        assertEquals("/shop/search?q=red+shoes&category=laptops&price=25-50&brand=Acme&brand=Other+Brand"
                + "&merchant=3&stock=1&sort=price_asc&page=2", search.href(request));
    }

    @Test
    void defaultsAreLeftOutOfTheAddress() {
        assertEquals("/shop/search", search.href(search.read(Map.of(), null)));
        assertEquals("/shop/search?q=lamp", search.href(search.read(Map.of(), "lamp")));
        assertEquals("/shop/c/laptops", laptops.href(laptops.read(Map.of(), "")));
    }

    @Test
    void aCategoryPageHasItsCategoryInThePathAndNoSearchWords() {
        SearchRequest request = laptops.read(Map.of(
                "q", new String[] {"ignored"},
                "category", new String[] {"phones"},
                "brand", new String[] {"Acme"}), "");

        assertEquals("laptops", request.category());
        assertEquals("", request.query());
        assertEquals("/shop/c/laptops?brand=Acme", laptops.href(request));
        assertEquals("laptops", laptops.pageCategory());
        assertNull(search.pageCategory());
    }

    @Test
    void nonsenseIsIgnoredNotAnError() {
        SearchRequest request = search.read(Map.of(
                "price", new String[] {"1-2"},
                "merchant", new String[] {"abc", "-4", "7"},
                "stock", new String[] {"yes"},
                "sort", new String[] {"cheapest"},
                "page", new String[] {"x"}), "  lamp  ");

        assertEquals("lamp", request.query());
        assertNull(request.priceRange());
        assertEquals(List.of(7L), request.merchantIds());
        assertFalse(request.inStockOnly());
        assertEquals(SortOrder.RELEVANCE, request.sort());
        assertEquals(1, request.page());
        assertEquals(1, search.read(Map.of("page", new String[] {"-3"}), "").page());
        assertEquals(ListingUrls.MAX_PAGE, search.read(Map.of("page", new String[] {"2000000000"}), "").page());
    }

    @Test
    void valuesAreEncoded() {
        SearchRequest request = search.read(Map.of("brand", new String[] {"A&B \"<x>\""}), "50% off & more?");

        assertEquals("/shop/search?q=50%25+off+%26+more%3F&brand=A%26B+%22%3Cx%3E%22", search.href(request));
        assertEquals("/c/caf%C3%A9%20cr%C3%A8me", ListingUrls.categoryPath("café crème"));
        assertEquals("/p/red-shoes-2", ListingUrls.productPath("red-shoes-2"));
    }
}
