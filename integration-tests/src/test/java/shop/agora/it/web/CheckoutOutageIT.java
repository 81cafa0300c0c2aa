package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.Await;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.PlatformControl;
import shop.agora.it.support.Shopper;

/**
 * A guest checks out while the broker is away: placing the order and paying work as usual (their events wait in
 * the event log), the confirmation page says the payment is received and updates by itself, and once the broker is
 * back the order ends confirmed on that same page, without the customer doing anything. Meanwhile the back office's
 * Events page counts the events waiting for the broker, and a signed-in customer's "My orders" says the payment is
 * received.
 */
class CheckoutOutageIT extends BrowserIT {

    @AfterEach
    void brokerBack() {
        PlatformControl.startBroker();
    }

    @Test
    void withTheBrokerDownACustomerPlacesAndPaysAndTheOrderIsConfirmedOnceItIsBack() throws Exception {
        String name = "Otto Outage";
        Shopper shopper = new Shopper(browser);
        shopper.addLaptopToCart();
        browser.open("/shop/cart");
        browser.submit("checkout-button");
        browser.type("checkout-email", Shopper.guestEmail());
        shopper.fillAddress(name);
        browser.waitForText("checkout-total", Shopper.TOTAL);

        PlatformControl.stopBroker();
        shopper.pay(name, Shopper.APPROVED); // places the order and pays it
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path() + ": "
                + browser.pageText());
        browser.waitForText("order-status", "Payment received");
        Thread.sleep(3000); // the relay finds no broker meanwhile
        String confirmation = browser.path();
        browser.open(confirmation);
        assertEquals("Payment received", browser.text("order-status"), "not confirmed without the broker");
        String number = browser.text("order-number");
        assertTrue(browser.has("order-live"), "the page keeps updating");

        // the back office shows the events waiting for the broker, and that its dead-letter queue cannot be read
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        browser.open("/admin/events.xhtml");
        assertTrue(browser.text("outbox-waiting").contains("waiting to be handed to the broker"), browser.pageText());
        assertTrue(browser.has("broker-unreachable"), browser.pageText());
        browser.open("/admin/events.xhtml?order=" + number);
        assertTrue(browser.text("events-table").contains("Payment Processed")
                && browser.text("events-table").contains("Waiting for the broker"), browser.text("events-table"));

        browser.open(confirmation);
        PlatformControl.startBroker();
        browser.waitForText("order-status", "Confirmed");
        Await.until("every event handed to the broker", Duration.ofSeconds(60), () -> {
            browser.open("/admin/events.xhtml");
            return browser.has("outbox-empty");
        }, empty -> empty);
        assertFalse(browser.has("broker-unreachable"), browser.pageText());
        browser.open("/admin/events.xhtml?order=" + number);
        assertFalse(browser.text("events-table").contains("Waiting for the broker"), browser.text("events-table"));
    }

    @Test
    void whileTheConfirmationWaitsMyOrdersSaysThePaymentIsReceived() {
        String name = "Olga Outage";
        Shopper shopper = new Shopper(browser);
        shopper.registerCustomer(name);
        shopper.addLaptopToCart();
        shopper.startCheckout();
        shopper.fillAddress(name);
        browser.waitForText("checkout-total", Shopper.TOTAL);

        PlatformControl.stopBroker();
        shopper.pay(name, Shopper.APPROVED);
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path() + ": "
                + browser.pageText());
        browser.waitForText("order-status", "Payment received");
        String confirmation = browser.path();

        browser.open("/shop/account/orders");
        assertTrue(browser.text("orders-table").contains("Payment received"), browser.text("orders-table"));

        PlatformControl.startBroker();
        browser.open(confirmation);
        browser.waitForText("order-status", "Confirmed");
        browser.open("/shop/account/orders");
        assertTrue(browser.text("orders-table").contains("Confirmed"), browser.text("orders-table"));
    }
}
