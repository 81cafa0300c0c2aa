package shop.agora.web.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PageAddressFilterTest {

    @Test
    void theShopsShortAddressesShowTheirPages() {
        assertEquals("/cart.xhtml", PageAddressFilter.page("/cart"));
        assertEquals("/checkout-payment.xhtml", PageAddressFilter.page("/checkout/pay"));
        assertEquals("/cart-add.xhtml", PageAddressFilter.page("/cart/add"));
        assertEquals("/account/orders.xhtml", PageAddressFilter.page("/account/orders"));
        assertEquals("/order/confirmation.xhtml", PageAddressFilter.page("/order/confirmation"));
    }

    @Test
    void nothingElse() {
        assertNull(PageAddressFilter.page("/cart/"));
        assertNull(PageAddressFilter.page("/checkout/../admin"));
        assertNull(PageAddressFilter.page("/account/index"));
        assertNull(PageAddressFilter.page(""));
    }
}
