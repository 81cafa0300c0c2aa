package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;

/** A merchant keeps the stock of a product in headless Chromium: adds units, is refused, sets a threshold. */
class MerchantStockIT extends BrowserIT {

    private static final String AMSTERDAM = "Amsterdam fulfilment centre (AMS-1)";

    @BeforeEach
    void signedInAsMerchant() {
        browser.signIn("/merchant", DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);
    }

    @Test
    void aMerchantAdjustsTheStockOfANewProductAndSetsItsThreshold() {
        String word = MerchantCatalogIT.marker();
        String name = "Stock lamp " + word;
        String code = word.toUpperCase() + "-1";
        String amsterdam = "onhand-" + code + "-AMS-1";
        String stockPage = newProductsStockPage(name, code);

        assertTrue(browser.text("page-title").contains(name), browser.text("page-title"));
        assertEquals("0", browser.text(amsterdam));
        assertTrue(browser.text("held-rule").contains("held for orders"), browser.text("held-rule"));
        assertTrue(browser.text("movement-table").contains("No changes yet"), browser.text("movement-table"));

        adjust(code, "12", "Opening stock");
        browser.waitForText("messages", "Stock adjusted");
        assertTrue(browser.text("messages").contains("+12"), browser.text("messages"));
        browser.waitForText(amsterdam, "12");
        assertEquals("12", browser.text(amsterdam));
        assertEquals("12", browser.text("available-" + code + "-AMS-1"));
        assertEquals("12", browser.text("onhand-" + code + "-total"));
        assertEquals("0", browser.text("onhand-" + code + "-BER-1"));
        browser.waitForText("movement-table", "Opening stock");
        String history = browser.text("movement-table");
        for (String expected : new String[] {"Adjustment", "+12", code, "AMS-1", "Opening stock"}) {
            assertTrue(history.contains(expected), expected + " in " + history);
        }

        adjust(code, "-20", "Stock count");
        browser.waitForText("messages", "you can remove at most");
        assertTrue(browser.text("messages").contains("Only 12"), browser.text("messages"));
        assertEquals("12", browser.text(amsterdam), "nothing was removed");

        browser.type("adjust-form:adjust-delta", "abc").click("adjust-form:adjust-submit");
        browser.waitForText("adjust-form:adjust-delta-message", "whole number");
        assertFalse(browser.text("messages").contains("Stock adjusted"), browser.text("messages"));
        assertEquals("12", browser.text(amsterdam));

        browser.type("threshold-form:variants:0:threshold", "5")
                .clickAndWait("threshold-form:variants:0:save-threshold", "messages", "set to 5");
        assertTrue(browser.text("messages").contains(code), browser.text("messages"));

        browser.open(stockPage);
        assertEquals("5", browser.element("threshold-form:variants:0:threshold").getDomProperty("value"));
        assertEquals("12", browser.text(amsterdam), "the level is kept");
        assertTrue(browser.text("movement-table").contains("Opening stock"), browser.text("movement-table"));
    }

    @Test
    void theStockListFindsAVariantByCodeAndFiltersLowStockFromTheAddress() {
        String word = MerchantCatalogIT.marker();
        String name = "Stock mug " + word;
        String code = word.toUpperCase() + "-1";
        newProductsStockPage(name, code);
        adjust(code, "3", "Found");
        browser.waitForText("messages", "Stock adjusted");

        browser.open("/merchant/stock/index.xhtml?q=" + code);
        browser.waitForText("stock-table", code);
        String row = browser.text("stock-table");
        assertTrue(row.contains(name) && row.contains("3"), row);
        assertFalse(row.contains("Low"), "3 available and no threshold is not low: " + row);

        browser.open("/merchant/stock/index.xhtml?q=" + code + "&low=true");
        browser.waitForText("stock-table", "No variants found");

        browser.open("/merchant/stock/index.xhtml");
        browser.type("stock-filter", code);
        browser.waitForText("stock-table", name);
        browser.submit("stock-table:0:product-link");
        assertTrue(browser.path().startsWith("/merchant/stock/product.xhtml?id="), browser.path());
        assertEquals("3", browser.text("onhand-" + code + "-AMS-1"));
    }

    @Test
    void anUnknownProductIsSaidOnThePageAndTheDashboardHasTheLowStockCard() {
        browser.open("/merchant/stock/product.xhtml?id=987654321");
        assertTrue(browser.text("no-product").contains("no such product"), browser.pageText());
        assertFalse(browser.has("adjust-form"));
        browser.open("/merchant/stock/product.xhtml?id=abc");
        assertTrue(browser.has("no-product"), browser.pageText());

        browser.open("/merchant/");
        assertTrue(browser.text("low-stock-card").contains("Low stock"), browser.text("low-stock-card"));
        assertTrue(browser.has("low-stock-link"));
        browser.submit("nav-stock");
        assertTrue(browser.path().startsWith("/merchant/stock/index.xhtml"), browser.path());
        assertTrue(browser.has("stock-table"));
    }

    /** Creates a draft product with one variant on the product form and opens its stock page; returns its path. */
    private static String newProductsStockPage(String name, String code) {
        browser.open("/merchant/products/edit.xhtml");
        browser.type("product:name", name).type("product:price", "19.90");
        browser.type("product:variants:0:code", code).type("product:variants:0:label", "Standard")
                .type("product:variants:0:weightGrams", "300");
        browser.submit("product:save");
        browser.waitForText("messages", "Saved");
        browser.submit("stock-link");
        assertTrue(browser.path().startsWith("/merchant/stock/product.xhtml?id="), browser.path());
        return browser.path();
    }

    /** Fills in and sends the adjustment form for the variant in Amsterdam; the caller waits for the outcome. */
    private static void adjust(String code, String change, String reason) {
        browser.choose("adjust-form:adjust-sku", "Standard (" + code + ")")
                .choose("adjust-form:adjust-warehouse", AMSTERDAM)
                .type("adjust-form:adjust-delta", change)
                .choose("adjust-form:adjust-reason", reason)
                .click("adjust-form:adjust-submit");
    }
}
