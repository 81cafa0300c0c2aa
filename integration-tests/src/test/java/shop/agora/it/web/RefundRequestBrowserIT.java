package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.it.support.Await;
import shop.agora.it.support.ControlledBrowserIT;
import shop.agora.it.support.Shopper;

/**
 * Asking for a refund after delivery, in headless Chromium: a customer who registers for the test buys a product made
 * for it (well under 100), pays by card, and the parcel is delivered (the platform's clock moved past the sandbox
 * carrier's schedule, as in RefundPolicyIT). On the order page the customer asks for the refund the policy gives:
 * within 7 days the whole order at once to the wallet, which the account page then shows; after 90 days "Refund
 * period expired", and nothing goes back.
 */
class RefundRequestBrowserIT extends ControlledBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Shopper shopper = new Shopper(browser);

    @AfterEach
    void realTime() {
        control.resetClock();
    }

    @Test
    void withinSevenDaysASmallOrderGoesBackToTheWalletAtOnce() {
        String number = deliveredOrder("Rhea Refund", "20.00");
        control.advanceClock(Duration.ofDays(2));

        browser.open("/shop/account/order?number=" + number);
        String total = browser.text("order-total");
        String preview = browser.text("refund-preview");
        assertTrue(preview.contains("to your wallet") && preview.contains(total), preview);
        browser.type("refund-reason", "Not what I expected");
        browser.click("refund-request");
        browser.waitForText("refund-outcome", "Refunded to your wallet");
        assertEquals(total, browser.text("refund-amount"));
        assertTrue(browser.text("refund-rule").startsWith("Within 7 days of delivery and under 100.00"),
                browser.text("refund-rule"));
        browser.waitForText("order-status", "Refunded");
        assertTrue(browser.text("messages").contains("Your refund request for order " + number + ":"),
                browser.pageText());
        assertFalse(browser.has("refund-request"), "asked once");

        browser.open("/shop/account/order?number=" + number);
        assertEquals("Refunded", browser.text("order-status"));
        assertEquals("Refunded to your wallet", browser.text("refund-outcome"));

        browser.open("/shop/account/index.xhtml");
        assertEquals(total, browser.text("balance-wallet"), "the whole order in the wallet");
        assertTrue(browser.text("balance-entries").contains("Refund of order " + number),
                browser.text("balance-entries"));
    }

    @Test
    void afterNinetyDaysTheRefundPeriodHasExpired() {
        String number = deliveredOrder("Pat Patient", "30.00");
        control.advanceClock(Duration.ofDays(91));

        browser.open("/shop/account/order?number=" + number);
        assertTrue(browser.text("refund-preview").contains("Refund period expired"), browser.text("refund-preview"));
        browser.click("refund-request");
        browser.waitForText("refund-outcome", "Denied");
        assertEquals("Refund period expired", browser.text("refund-rule"));
        assertFalse(browser.has("refund-amount"), "nothing goes back");
        assertEquals("Delivered", browser.text("order-status"), "the order stays as it was");
        assertFalse(browser.has("refund-request"), "asked once");

        browser.open("/shop/account/index.xhtml");
        assertEquals("0.00", amount("balance-wallet"));
        assertEquals("0.00", amount("balance-credit"));
    }

    /** The amount an element shows, without its currency ("30.19" for "€30.19"). */
    private static String amount(String id) {
        return browser.text(id).replaceAll("[^0-9.,]", "");
    }

    /**
     * A new customer buys one of a new product at this price by card, and its parcel is delivered; ends signed in as
     * that customer. Returns the order's number.
     */
    private String deliveredOrder(String name, String price) {
        String product = control.newProduct("Refund test", price);
        shopper.registerCustomer(name);
        String number = shopper.addToCart(product).buyCartAsCustomer(name);
        String page = "/shop/account/order?number=" + number;
        // the carrier's schedule starts when the parcel is registered (after the confirmation, by a consumer): move
        // the clock only once the parcel is there
        Await.until("the parcel of " + number, WAIT, () -> {
            browser.open(page);
            return browser.texts(By.cssSelector(".parcel-tracking"));
        }, numbers -> !numbers.isEmpty());
        control.advanceClock(Duration.ofMinutes(30)); // the test carrier delivers after four steps of 5 minutes
        Await.until(number + " delivered", WAIT, () -> {
            browser.open(page);
            return browser.text("order-status");
        }, "Delivered"::equals);
        return number;
    }
}
