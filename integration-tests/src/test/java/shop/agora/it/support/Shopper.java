package shop.agora.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

/**
 * A shopper's steps in the storefront, for the browser tests that buy: the demo laptop ("Aurora 14 Laptop", 1,200.00
 * EUR, Harbor Electronics, in stock) shipped to the Netherlands costs 1,452.00 (free standard shipping, 21% VAT).
 */
public final class Shopper {

    public static final String LAPTOP = "/shop/p/aurora-14-laptop";
    public static final String LAPTOP_NAME = "Aurora 14 Laptop";
    public static final String TOTAL = "1,452.00";
    public static final String APPROVED = "4242 4242 4242 4242";
    public static final String DECLINED = "4000 0000 0000 0002";

    private final Browser browser;

    public Shopper(Browser browser) {
        this.browser = browser;
    }

    /** Opens the laptop and adds one to the cart; the product page then says so. */
    public Shopper addLaptopToCart() {
        browser.open(LAPTOP);
        assertEquals(LAPTOP_NAME, browser.text("product-name"));
        browser.type("add-quantity", "1");
        browser.submit("add-to-cart");
        assertTrue(browser.path().startsWith(LAPTOP), browser.path());
        assertTrue(browser.text("cart-added").contains("Added to your cart"), browser.pageText());
        return this;
    }

    /** From the cart page: checks out as a guest to the Netherlands with standard shipping; ends on the payment page. */
    public Shopper checkoutAsGuest(String email, String name) {
        browser.submit("checkout-button");
        assertTrue(browser.path().startsWith("/shop/checkout"), browser.path());
        assertTrue(browser.has("checkout-sign-in"), "a guest may sign in instead");
        browser.type("checkout-email", email);
        fillAddress(name);
        browser.waitForText("checkout-total", TOTAL);
        browser.submit("place-order");
        assertTrue(browser.path().startsWith("/shop/checkout/pay?order="), browser.path() + ": " + browser.pageText());
        assertTrue(browser.text("pay-total").contains(TOTAL), browser.text("pay-total"));
        return this;
    }

    public Shopper fillAddress(String name) {
        browser.choose("checkout-country", "Netherlands"); // quotes again (by ajax) when it was another country
        browser.type("checkout-name", name)
                .type("checkout-street", "Damrak 1")
                .type("checkout-postal", "1012 LG")
                .type("checkout-city", "Amsterdam")
                .type("checkout-phone", "+31 20 123 4567");
        return this;
    }

    /** Pays on the payment page; ends on the next page, or on the same page after a failed attempt. */
    public Shopper pay(String holder, String number) {
        browser.type("card-holder", holder)
                .type("card-number", number)
                .type("card-expiry", "12/34")
                .type("card-cvc", "123");
        browser.submit("pay-button");
        return this;
    }

    /** A guest buys the laptop and waits on the confirmation page until it is confirmed; returns the order number. */
    public String buyLaptopAsGuest(String email, String name) {
        addLaptopToCart();
        browser.open("/shop/cart");
        checkoutAsGuest(email, name);
        pay(name, APPROVED);
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path());
        browser.waitForText("order-status", "Confirmed");
        return browser.text("order-number");
    }

    public static String guestEmail() {
        return "guest-" + UUID.randomUUID() + "@example.test";
    }
}
