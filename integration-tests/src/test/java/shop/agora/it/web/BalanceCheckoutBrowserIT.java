package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.Db;
import shop.agora.it.support.Shopper;
import shop.agora.it.support.TestDatabase;

/**
 * Paying with wallet and store credit at checkout, in headless Chromium, as a customer who registers for the test
 * and is given a balance (an entry in the balance ledger, as BalanceCheckoutIT gives one): "Use my balance" pays part
 * of the laptop (1,452.00) and the card the rest, or all of it with "Pay with my balance" and no card at all. The
 * payment page, the order pages and the account page show what the balance paid and what is left of it.
 */
class BalanceCheckoutBrowserIT extends BrowserIT {

    private final Shopper shopper = new Shopper(browser);
    private final Db db = TestDatabase.db();

    @Test
    void theBalancePaysPartAndTheCardPaysTheRest() {
        String name = "Bea Balance";
        String email = shopper.registerCustomer(name);
        give(email, "WALLET", "100.00");
        give(email, "STORE_CREDIT", "50.00");

        shopper.addLaptopToCart().startCheckout().fillAddress(name);
        browser.waitForText("checkout-total", Shopper.TOTAL);
        assertEquals("50.00", amount("checkout-store-credit"));
        assertEquals("100.00", amount("checkout-wallet"));
        assertFalse(browser.element("use-balance").isSelected(), "using it is the customer's choice");
        assertEquals(Shopper.TOTAL, amount("card-due"));

        browser.click("use-balance");
        browser.waitForText("card-due", "1,302.00");
        assertEquals("150.00", amount("balance-applied"), "store credit and wallet, all of both");
        assertTrue(browser.has("place-order"), "the card pays the rest");
        assertFalse(browser.has("pay-with-balance"), "the balance does not pay it all");

        assertTrue(browser.text("place-order").contains("1,302.00"), "the card is asked for the rest only: "
                + browser.text("place-order"));
        assertTrue(browser.has("card-number"), "the card is asked for");

        shopper.pay(name, Shopper.APPROVED);
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), browser.path());
        browser.waitForText("order-status", "Confirmed");
        String number = browser.text("order-number");
        assertEquals("150.00", amount("order-balance-paid"));
        assertTrue(browser.text("order-payments").contains("1,302.00"), browser.text("order-payments"));

        browser.open("/shop/account/order?number=" + number);
        assertEquals("Confirmed", browser.text("order-status"));
        assertEquals("150.00", amount("order-balance-paid"));

        browser.open("/shop/account/index.xhtml");
        assertEquals("0.00", amount("balance-wallet"));
        assertEquals("0.00", amount("balance-credit"));
        assertTrue(browser.text("balance-entries").contains("Paid towards order " + number),
                browser.text("balance-entries"));
    }

    @Test
    void aBalanceThatCoversTheTotalPaysWithNoCard() {
        String name = "Walt Wallet";
        String email = shopper.registerCustomer(name);
        give(email, "WALLET", "2000.00");

        shopper.addLaptopToCart().startCheckout().fillAddress(name);
        browser.waitForText("checkout-total", Shopper.TOTAL);
        assertTrue(browser.has("place-order"), "until the balance is used, the card pays");
        browser.click("use-balance");
        browser.element("pay-with-balance");
        assertEquals(Shopper.TOTAL, amount("balance-applied"));
        assertEquals("0.00", amount("card-due"));
        assertFalse(browser.has("place-order"), "no card needed");
        assertFalse(browser.has("card-number"), "no card asked for");

        browser.submit("pay-with-balance");
        assertTrue(browser.path().startsWith("/shop/order/confirmation?token="), "no payment page: " + browser.path()
                + ": " + browser.pageText());
        browser.waitForText("order-status", "Confirmed");
        String number = browser.text("order-number");
        assertEquals(Shopper.TOTAL, amount("order-balance-paid"));
        assertFalse(browser.has("pay-now"), "nothing left to pay");

        browser.open("/shop/account/index.xhtml");
        assertEquals("548.00", amount("balance-wallet"), "2,000.00 less 1,452.00");
        assertEquals("0.00", amount("balance-credit"));
        assertTrue(browser.text("balance-entries").contains("Paid towards order " + number),
                browser.text("balance-entries"));
    }

    /** Gives the customer this much wallet or store credit: an entry in the ledger, as a refund would make. */
    private void give(String email, String kind, String amount) {
        assertEquals(1, db.execute("insert into balance_entry (account_id, kind, amount, currency, note, created_at) "
                + "select id, '" + kind + "', " + amount + ", 'EUR', 'Given by a test', now() from account "
                + "where email = ?", email));
    }

    /** The amount an element shows, without its currency ("1,302.00" for "€1,302.00"). */
    private static String amount(String id) {
        return browser.text(id).replaceAll("[^0-9.,]", "");
    }
}
