package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.Shopper;

/**
 * Buying in headless Chromium: add to cart, the cart, checkout, paying by card (the sandbox gateway's test cards),
 * the order confirmed live, "My orders", and tracking an order as a guest. Uses the demo laptop ("Aurora 14 Laptop",
 * 1,200.00 EUR, one variant, in stock): to the Netherlands, standard shipping is free and VAT is 21%, so it costs
 * 1,452.00.
 */
class CheckoutBrowserIT extends BrowserIT {

    private static final String LAPTOP_NAME = Shopper.LAPTOP_NAME;
    private static final String TOTAL = Shopper.TOTAL;
    private static final String APPROVED = Shopper.APPROVED;
    private static final String DECLINED = Shopper.DECLINED;

    private final Shopper shopper = new Shopper(browser);

    @Test
    void aCustomerBuysALaptopAt1200AndSeesTheOrderConfirmed() {
        browser.signIn("/shop", DemoData.CUSTOMER_EMAIL, DemoData.CUSTOMER_PASSWORD);
        emptyCart(); // the customer's stored cart outlives sessions: start from an empty one

        shopper.addLaptopToCart();
        assertEquals("1", browser.text("cart-badge"));

        browser.open("/shop/cart");
        assertTrue(browser.text("cart-lines").contains(LAPTOP_NAME), browser.text("cart-lines"));
        assertTrue(browser.text("cart-subtotal").contains("1,200.00"), browser.text("cart-subtotal"));

        browser.submit("checkout-button");
        assertTrue(browser.path().startsWith("/shop/checkout"), browser.path());
        assertEquals(DemoData.CUSTOMER_EMAIL, browser.text("checkout-account-email"));
        shopper.fillAddress("Casey Customer");
        browser.waitForText("checkout-total", TOTAL);
        assertTrue(browser.text("checkout-subtotal").contains("1,200.00"), browser.text("checkout-subtotal"));
        assertEquals("Free", browser.text("checkout-shipping-cost"));
        assertEquals("21%", browser.text("checkout-tax-rate"));
        assertTrue(browser.text("checkout-tax").contains("252.00"), browser.text("checkout-tax"));
        assertTrue(browser.element("checkout-shipping:0").isSelected(), "the cheapest method is chosen");
        assertTrue(browser.texts(By.cssSelector("label[for='checkout-shipping:0']")).get(0).startsWith("Standard"),
                browser.text("checkout-shipping"));

        assertTrue(browser.text("place-order").contains(TOTAL), "the card pays it all: " + browser.text("place-order"));

        shopper.pay("Casey Customer", APPROVED); // places the order and pays it
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path() + ": "
                + browser.pageText());
        assertEquals("", browser.text("cart-badge"), "the ordered items left the cart");
        String number = browser.text("order-number");
        assertTrue(number.startsWith("AG-"), number);
        browser.waitForText("order-status", "Confirmed");
        assertTrue(browser.text("order-total").contains(TOTAL), browser.text("order-total"));
        assertTrue(browser.text("order-timeline").contains("Confirmed"), browser.text("order-timeline"));
        assertFalse(browser.has("pay-now"), "nothing left to pay");

        browser.open("/shop/account/orders");
        String orders = browser.text("orders-table");
        assertTrue(orders.contains(number), orders);
        browser.clickFirst(By.linkText(number));
        assertTrue(browser.path().startsWith("/shop/account/order?number="), browser.path());
        assertEquals(number, browser.text("order-number"));
        assertEquals("Confirmed", browser.text("order-status"));
        assertTrue(browser.text("order-lines").contains(LAPTOP_NAME), browser.text("order-lines"));
    }

    @Test
    void aDeclinedCardShowsWhyAndAnotherCardPays() {
        String email = Shopper.guestEmail();
        shopper.addLaptopToCart();
        browser.open("/shop/cart");

        // what cannot be a quantity is said next to it, and the cart stays as it was
        browser.type("cart-lines:0:quantity", "0");
        browser.clickAndWait("cart-lines:0:update", "cart-lines:0:quantity-message", "1 to 99");
        browser.open("/shop/cart");
        browser.type("cart-lines:0:quantity", "abc");
        browser.clickAndWait("cart-lines:0:update", "cart-lines:0:quantity-message", "1 to 99");
        browser.open("/shop/cart");
        assertEquals("1", browser.element("cart-lines:0:quantity").getAttribute("value"));
        assertTrue(browser.text("cart-subtotal").contains("1,200.00"), browser.text("cart-subtotal"));

        shopper.checkoutAsGuest(email, "Robin Guest");

        // a number that cannot be a card's is said next to it before anything is ordered
        shopper.pay("Robin Guest", "4242 4242 4242 4241");
        browser.waitForText("card-number-message", "not valid");
        assertTrue(browser.path().startsWith("/shop/checkout"), "still the checkout: " + browser.path());
        assertFalse(browser.has("pay-order-number"), "no order yet");
        assertEquals("1", browser.text("cart-badge"), "the laptop is still in the cart");
        assertEquals("", browser.element("card-number").getAttribute("value"), "the number is never shown again");

        // a declined card: the order waits on its payment page, which says why
        shopper.pay("Robin Guest", DECLINED);
        browser.waitForText("payment-message", "declined");
        assertTrue(browser.path().startsWith("/shop/checkout/pay?order="), browser.path());
        String token = browser.path().substring(browser.path().indexOf("order=") + "order=".length());
        assertTrue(browser.text("pay-total").contains(TOTAL), browser.text("pay-total"));
        assertEquals("", browser.element("card-number").getAttribute("value"), "the number is never shown again");
        assertEquals("", browser.element("card-cvc").getAttribute("value"), "nor the security code");

        shopper.pay("Robin Guest", DECLINED); // and the payment page says so again for another attempt
        browser.waitForText("payment-message", "declined");
        assertTrue(browser.path().startsWith("/shop/checkout/pay?order=" + token), "the same page: " + browser.path());

        shopper.pay("Robin Guest", APPROVED);
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token=" + token), browser.path());
        browser.waitForText("order-status", "Confirmed");
        String payments = browser.text("order-payments");
        assertTrue(payments.contains("Declined") && payments.contains("Paid"), payments);
    }

    @Test
    void aCustomerPaysADeclinedOrderLaterFromTheirAccountInAnotherSession() {
        String email = shopper.registerCustomer("Lee Later");
        shopper.addLaptopToCart();
        shopper.startCheckout().fillAddress("Lee Later");
        browser.waitForText("checkout-total", TOTAL);
        shopper.pay("Lee Later", DECLINED);
        browser.waitForText("payment-message", "declined");

        browser.forgetCookies(); // another day: the placing session and its checkout are gone
        browser.signIn("/shop", email, "a long enough password");
        browser.open("/shop/account/orders");
        browser.clickFirst(By.cssSelector("#orders-table a"));
        assertTrue(browser.path().startsWith("/shop/account/order?number="), browser.path());
        String number = browser.text("order-number");
        assertEquals("Payment failed", browser.text("order-status"));

        browser.click("pay-now");
        assertTrue(browser.path().startsWith("/shop/checkout/pay?number="), browser.path());
        assertTrue(browser.text("pay-total").contains(TOTAL), browser.text("pay-total"));
        shopper.pay("Lee Later", APPROVED);
        assertTrue(browser.path().startsWith("/shop/account/order?number=" + number), browser.path());
        browser.waitForText("order-status", "Confirmed");
        assertFalse(browser.has("pay-now"), "nothing left to pay");

        browser.forgetCookies(); // someone else, signed in, cannot pay it by its number
        browser.signIn("/shop", DemoData.CUSTOMER_EMAIL, DemoData.CUSTOMER_PASSWORD);
        browser.open("/shop/checkout/pay?number=" + number);
        assertTrue(browser.has("pay-not-found"), browser.pageText());
        assertFalse(browser.has("pay-button"));
    }

    @Test
    void aGuestTracksTheOrderByNumberAndEmail() {
        String email = Shopper.guestEmail();
        shopper.addLaptopToCart();
        browser.open("/shop/cart");
        shopper.checkoutAsGuest(email, "Sam Tracker");
        shopper.pay("Sam Tracker", APPROVED);
        String number = browser.text("order-number");
        browser.waitForText("order-status", "Confirmed"); // the page stops following the order then

        browser.forgetCookies(); // another day, another browser session
        browser.open("/shop/track");
        track(number, email);
        assertEquals(number, browser.text("order-number"));
        assertEquals("Confirmed", browser.text("order-status"));
        assertTrue(browser.text("order-lines").contains(LAPTOP_NAME), browser.text("order-lines"));
        assertTrue(browser.path().startsWith("/shop/track/order?number=" + number), browser.path());

        browser.submit("track-another");
        track(number, "someone-else@example.test");
        assertTrue(browser.text("messages").contains("We could not find an order with this number and email."),
                browser.pageText());
        assertFalse(browser.has("order-number"), "nothing of the order is shown");

        track(number.substring(0, number.length() - 1) + (number.endsWith("9") ? "8" : "9"), email);
        assertTrue(browser.text("messages").contains("We could not find an order with this number and email."),
                "the same answer for a wrong number: " + browser.pageText());
    }

    /** Removes every line of the cart. */
    private static void emptyCart() {
        browser.open("/shop/cart");
        for (int i = 0; i < 50 && browser.has("cart-lines:0:remove"); i++) {
            browser.submit("cart-lines:0:remove");
        }
        assertTrue(browser.has("cart-empty"), browser.pageText());
    }

    private static void track(String number, String email) {
        browser.type("track-number", number).type("track-email", email);
        browser.submit("track-submit");
    }

}
