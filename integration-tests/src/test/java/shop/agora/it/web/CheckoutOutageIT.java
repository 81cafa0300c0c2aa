package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.PlatformControl;
import shop.agora.it.support.Shopper;

/**
 * A guest checks out while the broker is away: placing the order and then paying each say "try again" (no stack
 * trace, nothing half done), and both go through once the broker is back, ending confirmed.
 */
class CheckoutOutageIT extends BrowserIT {

    @AfterEach
    void brokerBack() {
        PlatformControl.startBroker();
    }

    @Test
    void withTheBrokerDownPlacingAndPayingSayTryAgainAndWorkOnceItIsBack() {
        String name = "Otto Outage";
        Shopper shopper = new Shopper(browser);
        shopper.addLaptopToCart();
        browser.open("/shop/cart");
        browser.submit("checkout-button");
        browser.type("checkout-email", Shopper.guestEmail());
        shopper.fillAddress(name);
        browser.waitForText("checkout-total", Shopper.TOTAL);

        PlatformControl.stopBroker();
        browser.click("place-order"); // refused: the page stays, and the message comes by ajax
        browser.waitForText("messages", "Please try again in a moment");
        assertTrue(browser.path().startsWith("/shop/checkout"), browser.path());
        PlatformControl.startBroker();
        // the first tries after the broker is back may still say "try again" while the connection pool drops the
        // connections it held to the stopped broker: the customer tries again
        for (int attempt = 1; attempt <= 5 && !browser.path().startsWith("/shop/checkout/pay?order="); attempt++) {
            browser.click("place-order");
            awaitPath("/shop/checkout/pay?order=", 8);
        }
        assertTrue(awaitPath("/shop/checkout/pay?order=", 1), browser.path() + ": " + browser.pageText());

        PlatformControl.stopBroker();
        shopper.pay(name, Shopper.APPROVED);
        browser.waitForText("payment-message", "you will not be charged twice");
        assertTrue(browser.path().startsWith("/shop/checkout/pay?order="), browser.path());
        PlatformControl.startBroker();
        shopper.pay(name, Shopper.APPROVED);
        for (int attempt = 2; attempt <= 5 && browser.path().startsWith("/shop/checkout/pay"); attempt++) {
            shopper.pay(name, Shopper.APPROVED);
        }
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path() + ": "
                + browser.pageText());
        browser.waitForText("order-status", "Confirmed");
    }

    /** Waits up to {@code seconds} for the browser to be on a page whose address starts with {@code prefix}. */
    private static boolean awaitPath(String prefix, int seconds) {
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        while (!browser.path().startsWith(prefix)) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return true;
    }
}
