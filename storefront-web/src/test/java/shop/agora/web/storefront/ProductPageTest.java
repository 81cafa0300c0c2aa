package shop.agora.web.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.ProductDetail.VariantView;
import shop.agora.core.shared.Money;

class ProductPageTest {

    private static final VariantView SMALL = variant(1, false);
    private static final VariantView MEDIUM = variant(2, true);
    private static final VariantView LARGE = variant(3, true);

    @Test
    void theVariantAskedForIsShown() {
        assertEquals(LARGE, ProductPage.choose(List.of(SMALL, MEDIUM, LARGE), 3L));
        assertEquals(SMALL, ProductPage.choose(List.of(SMALL, MEDIUM, LARGE), 1L), "even when sold out");
    }

    @Test
    void otherwiseTheFirstInStock() {
        assertEquals(MEDIUM, ProductPage.choose(List.of(SMALL, MEDIUM, LARGE), null));
        assertEquals(MEDIUM, ProductPage.choose(List.of(SMALL, MEDIUM, LARGE), 99L));
        assertEquals(SMALL, ProductPage.choose(List.of(SMALL), null), "all sold out: the first");
        assertNull(ProductPage.choose(List.of(), null));
    }

    @Test
    void availabilitySaysHowManyAreLeftWhenFew() {
        assertEquals("catalog.outOfStock", ProductPage.availabilityKey(0));
        assertEquals("catalog.outOfStock", ProductPage.availabilityKey(-1));
        assertEquals("product.fewLeft", ProductPage.availabilityKey(1));
        assertEquals("product.fewLeft", ProductPage.availabilityKey(ProductPage.FEW_LEFT));
        assertEquals("catalog.inStock", ProductPage.availabilityKey(ProductPage.FEW_LEFT + 1));
    }

    private static VariantView variant(long skuId, boolean inStock) {
        return new VariantView(skuId, "SKU-" + skuId, "Size " + skuId, Money.of(new BigDecimal("10"), "EUR"), 100,
                inStock);
    }
}
