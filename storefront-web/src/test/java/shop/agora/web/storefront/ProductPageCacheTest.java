package shop.agora.web.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.ProductDetail.VariantView;
import shop.agora.core.shared.Money;

class ProductPageCacheTest {

    @Test
    void anAnonymousGetOfAProductPageMayBeAnsweredFromTheCache() {
        assertEquals(Optional.of("red-shoes-2"), ProductPageCache.cacheable("GET", false, "/p/red-shoes-2", null));
        assertEquals(Optional.of("red-shoes"), ProductPageCache.cacheable("GET", false, "/p/red-shoes", "variant=12"));
        assertEquals(Optional.of("red-shoes"),
                ProductPageCache.cacheable("GET", false, "/p/red-shoes", "image=7&variant=12"));
    }

    @Test
    void anythingPersonalOrUnusualGoesToThePage() {
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", true, "/p/red-shoes", null), "cookies");
        assertEquals(Optional.empty(), ProductPageCache.cacheable("POST", false, "/p/red-shoes", null));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("HEAD", false, "/p/red-shoes", null));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/p/red-shoes", "utm_source=x"));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/p/red-shoes", "variant=x"));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/p/red-shoes", "variant=1&q=a"));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/p/red-shoes", ""));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/c/shoes", null));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/p/Red-Shoes", null));
        assertEquals(Optional.empty(), ProductPageCache.cacheable("GET", false, "/p/red-shoes/", null));
    }

    @Test
    void stockCountsOnlyAsFarAsThePageTellsIt() {
        List<VariantView> variants = List.of(variant(1), variant(2), variant(3), variant(4));
        Map<Long, Integer> shown = ProductPageCache.stockShown(variants, Map.of(1L, 0, 2L, 3, 3L, 40, 4L, -2), 5);
        assertEquals(Map.of(1L, 0, 2L, 3, 3L, 6, 4L, 0), shown);
        assertEquals(shown, ProductPageCache.stockShown(variants, Map.of(2L, 3, 3L, 900), 5),
                "in stock is in stock, however many; no stock level is none");
        assertNotEquals(shown, ProductPageCache.stockShown(variants, Map.of(2L, 2, 3L, 900), 5),
                "one fewer of only a few left shows");
        assertNotEquals(shown, ProductPageCache.stockShown(variants, Map.of(2L, 3, 3L, 5), 5),
                "down to a few shows");
    }

    private static VariantView variant(long skuId) {
        return new VariantView(skuId, "SKU-" + skuId, "Size " + skuId, Money.of(new BigDecimal("10.00"), "EUR"), 500,
                true);
    }
}
