package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.Shopper;

/**
 * Guests on the tracking page, in another browser session than the one that ordered: the order found by its number
 * and email is cancelled there (and refunded to the card), or paid for after its payment failed; the payment page
 * takes no order by its number alone. An order of a customer account is not acted on from here. The limit on failed
 * lookups is tested in {@link GuestTrackingLimitIT}.
 */
class GuestTrackingIT extends BrowserIT {

    private final Shopper shopper = new Shopper(browser);

    @Test
    void aGuestTracksTheOrderCancelsItAndSeesTheRefund() {
        String email = Shopper.guestEmail();
        String number = shopper.buyLaptopAsGuest(email, "Tess Tracker");

        browser.forgetCookies(); // another day, another browser session
        browser.open("/shop/track");
        track(number, email);
        assertEquals(number, browser.text("order-number"));
        assertEquals("Confirmed", browser.text("order-status"));
        assertFalse(browser.has("track-sign-in"), "a guest's order");

        browser.click("cancel-order");
        assertTrue(browser.text("cancel-box").contains("until its parcel has been picked up"),
                "the page states the rule: " + browser.text("cancel-box"));
        browser.type("cancel-reason", "Found it cheaper");
        browser.click("cancel-confirm");
        browser.waitForText("order-status", "Cancelled");
        assertTrue(browser.text("messages").contains("Order " + number + " is cancelled."), browser.pageText());
        assertEquals("Cancelled at your request: Found it cheaper", browser.text("order-reason"));
        assertFalse(browser.has("cancel-box"), "nothing left to cancel");
        browser.waitForText("order-payments", "Refunded"); // the page follows the refund until it is booked
        assertTrue(browser.text("order-timeline").contains("Cancelled"), browser.text("order-timeline"));

        browser.forgetCookies();
        browser.open("/shop/track");
        track(number, email);
        assertEquals("Cancelled", browser.text("order-status"));
        assertTrue(browser.text("order-payments").contains("Refunded"), browser.text("order-payments"));
    }

    @Test
    void aGuestPaysFromTheTrackingPageAfterThePaymentFailed() {
        String email = Shopper.guestEmail();
        String name = "Finn Failed";
        shopper.addLaptopToCart();
        browser.open("/shop/cart");
        shopper.checkoutAsGuest(email, name).pay(name, Shopper.DECLINED);
        browser.waitForText("payment-message", "declined");
        String number = browser.text("pay-order-number");

        browser.forgetCookies();
        browser.open("/shop/checkout/pay?number=" + number);
        assertTrue(browser.has("pay-not-found"), "not by its number alone: " + browser.pageText());
        assertFalse(browser.has("card-number"));
        assertTrue(browser.has("pay-track-link"), "the page says where to look it up");

        browser.open("/shop/track");
        track(number, email);
        assertEquals("Payment failed", browser.text("order-status"));
        browser.submit("pay-now");
        assertTrue(browser.path().startsWith("/shop/checkout/pay?number=" + number), browser.path());
        assertEquals(number, browser.text("pay-order-number"));
        assertTrue(browser.text("pay-total").contains(Shopper.TOTAL), browser.text("pay-total"));

        shopper.pay(name, Shopper.APPROVED);
        assertTrue(browser.path().startsWith("/shop/track/order?number=" + number), "back to the tracked order: "
                + browser.path() + ": " + browser.pageText());
        assertEquals(number, browser.text("order-number"));
        browser.waitForText("order-status", "Confirmed");
        String payments = browser.text("order-payments");
        assertTrue(payments.contains("Declined") && payments.contains("Paid"), payments);
        assertFalse(browser.has("pay-now"), "nothing left to pay");
    }

    @Test
    void anOrderOfACustomerAccountIsNotCancelledOrPaidFromTheTrackingPage() {
        String name = "Cory Account";
        String email = shopper.registerCustomer(name);
        shopper.addLaptopToCart().startCheckout().fillAddress(name);
        browser.waitForText("checkout-total", Shopper.TOTAL);
        shopper.pay(name, Shopper.DECLINED); // the order waits for another card
        String number = browser.text("pay-order-number");

        browser.forgetCookies();
        browser.open("/shop/track");
        track(number, email);
        assertEquals("Payment failed", browser.text("order-status"));
        assertTrue(browser.text("track-sign-in").contains("belongs to a customer account"), browser.pageText());
        assertFalse(browser.has("cancel-box"), "cancelled by its customer, signed in");
        assertFalse(browser.has("pay-now"), "paid by its customer, signed in");
        browser.open("/shop/checkout/pay?number=" + number);
        assertTrue(browser.has("pay-not-found"), browser.pageText());
    }

    private static void track(String number, String email) {
        browser.type("track-number", number).type("track-email", email);
        browser.submit("track-submit");
    }
}
