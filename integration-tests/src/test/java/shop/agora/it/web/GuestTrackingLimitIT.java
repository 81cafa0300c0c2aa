package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.Shopper;

/**
 * The tracking page stops an address that keeps guessing: after 10 lookups that found nothing within 10 minutes,
 * every lookup from it is refused for a while, a right one too, in a new session too. Behind a reverse proxy the
 * limit is per forwarded client. A class of its own: the limit
 * is per client address, every browser test comes from the same one, and each test class has a deployment (and so a
 * limit) of its own.
 */
class GuestTrackingLimitIT extends BrowserIT {

    private static final String NOT_FOUND = "We could not find an order with this number and email.";
    private static final String TOO_MANY = "Too many attempts, try again in a few minutes";

    @Test
    void afterTenFailedLookupsEvenTheRightOneIsRefused() {
        String email = Shopper.guestEmail();
        String number = guestOrder(email, "Gus Guesser");

        browser.forgetCookies();
        browser.open("/shop/track");
        track(number, email);
        assertEquals(number, browser.text("order-number"), "a lookup that finds the order is no failure");
        browser.open("/shop/track");
        for (int attempt = 1; attempt <= 10; attempt++) {
            track(number, "guess-" + attempt + "@example.test");
            assertTrue(browser.text("messages").contains(NOT_FOUND), "lookup " + attempt + ": " + browser.pageText());
        }

        track(number, email);
        assertTrue(browser.text("messages").contains(TOO_MANY), browser.pageText());
        assertFalse(browser.text("messages").contains(NOT_FOUND), browser.text("messages"));
        assertFalse(browser.has("order-number"), "not even the right order is shown");
        assertFalse(browser.path().startsWith("/shop/track/order"), "still the lookup: " + browser.path());

        browser.forgetCookies();
        browser.open("/shop/track");
        track(number, email);
        assertTrue(browser.text("messages").contains(TOO_MANY), "a new session does not help: " + browser.pageText());
    }

    @Test
    void behindTheShopsProxyEachGuestHasALimitOfTheirOwn() {
        String email = Shopper.guestEmail();
        String number = guestOrder(email, "Petra Proxied");

        try {
            browser.forgetCookies();
            browser.forwardingFor("198.51.100.21").open("/shop/track");
            for (int attempt = 1; attempt <= 10; attempt++) {
                track(number, "guess-" + attempt + "@example.test");
                assertTrue(browser.text("messages").contains(NOT_FOUND), "lookup " + attempt);
            }
            track(number, email);
            assertTrue(browser.text("messages").contains(TOO_MANY), "the guessing guest is stopped: "
                    + browser.pageText());

            // another guest behind the same proxy is not: the limit is the forwarded client's, not the proxy's
            browser.forgetCookies();
            browser.forwardingFor("198.51.100.22").open("/shop/track");
            track(number, email);
            assertEquals(number, browser.text("order-number"), browser.pageText());

            // and the guesser cannot get out of the limit by naming someone else in the header itself
            browser.forgetCookies();
            browser.forwardingFor("203.0.113.5, 198.51.100.21").open("/shop/track");
            track(number, email);
            assertTrue(browser.text("messages").contains(TOO_MANY), browser.pageText());
        } finally {
            browser.forwardingFor(null);
        }
    }

    /** A guest's order, placed in the browser; its number. */
    private static String guestOrder(String email, String name) {
        Shopper shopper = new Shopper(browser);
        shopper.addLaptopToCart();
        browser.open("/shop/cart");
        shopper.checkoutAsGuest(email, name).pay(name, Shopper.DECLINED); // it waits on its payment page
        return browser.text("pay-order-number");
    }

    private static void track(String number, String email) {
        browser.type("track-number", number).type("track-email", email);
        browser.submit("track-submit");
    }
}
