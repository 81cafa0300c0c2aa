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
        return addToCart(LAPTOP);
    }

    /** Opens a product page ({@code /shop/p/<slug>}) and adds one of its variant to the cart. */
    public Shopper addToCart(String productPath) {
        browser.open(productPath);
        browser.element("product-name");
        browser.type("add-quantity", "1");
        // the page's script sends the form in the background and says so in place
        browser.clickAndWait("add-to-cart", "cart-added", "Added to your cart");
        assertTrue(browser.path().startsWith(productPath), browser.path());
        return this;
    }

    /**
     * Registers a new customer with this name (a fresh account: no orders, no balance, an empty cart) and ends
     * signed in on the account page; returns the account's email.
     */
    public String registerCustomer(String name) {
        String email = "customer-" + UUID.randomUUID() + "@example.test";
        browser.open("/shop/register.xhtml");
        browser.type("register:email", email).type("register:name", name)
                .type("register:password", "a long enough password");
        browser.submit("register:submit");
        assertTrue(browser.path().startsWith("/shop/account/"), browser.path() + ": " + browser.pageText());
        assertEquals(email, browser.text("account-email"));
        return email;
    }

    /** A signed-in customer goes from the cart to the checkout page, which names their account. */
    public Shopper startCheckout() {
        browser.open("/shop/cart");
        browser.submit("checkout-button");
        assertTrue(browser.path().startsWith("/shop/checkout"), browser.path());
        browser.element("checkout-account-email");
        return this;
    }

    /** A signed-in customer buys what is in the cart by card and waits until it is confirmed; returns its number. */
    public String buyCartAsCustomer(String name) {
        startCheckout();
        fillAddress(name);
        pay(name, APPROVED);
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path());
        browser.waitForText("order-status", "Confirmed");
        return browser.text("order-number");
    }

    /**
     * From the cart page: checks out as a guest to the Netherlands with standard shipping; ends on the checkout page,
     * the card still to be given ({@link #pay}).
     */
    public Shopper checkoutAsGuest(String email, String name) {
        browser.submit("checkout-button");
        assertTrue(browser.path().startsWith("/shop/checkout"), browser.path());
        assertTrue(browser.has("checkout-sign-in"), "a guest may sign in instead");
        browser.type("checkout-email", email);
        fillAddress(name);
        browser.waitForText("checkout-total", TOTAL);
        assertTrue(browser.text("place-order").contains(TOTAL), browser.text("place-order"));
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

    /**
     * Gives the card on the checkout page and places the order (the card pays it), or on the payment page of an
     * order and pays. Ends on the order's page once paid; after a failed payment on the order's payment page, which
     * says why.
     */
    public Shopper pay(String holder, String number) {
        browser.type("card-holder", holder)
                .type("card-number", number)
                .type("card-expiry", "12/34")
                .type("card-cvc", "123");
        browser.submit(browser.has("place-order") ? "place-order" : "pay-button");
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
