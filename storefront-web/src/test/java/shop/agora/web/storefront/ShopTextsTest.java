package shop.agora.web.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShopTextsTest {

    @Test
    void outsideFacesTheTextsComeFromTheSameBundleWithTheirArgumentsFilledIn() {
        assertEquals("Added to your cart.", ShopTexts.fromBundle("product.added"));
        assertEquals("Cart, empty", ShopTexts.fromBundle("cart.badge", 0));
        assertEquals("Cart, 1 item", ShopTexts.fromBundle("cart.badge", 1));
        assertEquals("Cart, 1,200 items", ShopTexts.fromBundle("cart.badge", 1200));
        assertEquals("Your cart holds 50 different items, the most it can hold. Please check out or remove some "
                + "first.", ShopTexts.fromBundle("cart.full", 50));
    }
}
