package shop.agora.web.storefront.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogUrlFilterTest {

    @Test
    void shortAddressesShowTheirPages() {
        assertEquals(Optional.of("/search.xhtml"), CatalogUrlFilter.page("/search"));
        assertEquals(Optional.of("/category.xhtml?slug=laptops"), CatalogUrlFilter.page("/c/laptops"));
        assertEquals(Optional.of("/product.xhtml?slug=red-shoes-2"), CatalogUrlFilter.page("/p/red-shoes-2"));
    }

    @Test
    void anythingElseIsNotFound() {
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/c"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/c/"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/c/laptops/"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/c/laptops/extra"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/p/Red-Shoes"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/p/red--shoes"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/p/<script>"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/p/a&slug=b"));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/p/" + "a".repeat(251)));
        assertEquals(Optional.empty(), CatalogUrlFilter.page("/search/"));
    }
}
