package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.Await;
import shop.agora.it.support.BrowserIT;

/**
 * The admin's shipping rate table and tax rates in headless Chromium: a free-shipping threshold is changed and
 * stays changed, wrong numbers get a message next to them and save nothing, a tax rate is added, refused when
 * impossible, and removed. The storefront tests count on free shipping from 50.00 in the Netherlands and on no tax
 * rate for Sweden: whatever happens here, both are put back afterwards, through the pages.
 */
class ShippingAdminIT extends BrowserIT {

    private static final String STANDARD = "method-form-DOMESTIC-STANDARD";
    private static final String FREE_OVER = STANDARD + ":method-free-over";
    private static final String SAVE = STANDARD + ":method-save";

    /** What {@link #putBack()} has to undo (JUnit makes a new instance for every test). */
    private boolean thresholdChanged;
    private boolean swedenTaxed;

    @BeforeEach
    void signedInAsAdmin() {
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
    }

    @Test
    void anAdminChangesTheFreeShippingThresholdAndWrongNumbersSaveNothing() {
        browser.open("/admin/shipping.xhtml");
        assertTrue(browser.text("shipping-rule").contains("first band whose limit holds its weight"),
                browser.text("shipping-rule"));
        assertEquals("Netherlands", browser.text("zone-form-DOMESTIC:zone-title"));

        thresholdChanged = true;
        browser.type(FREE_OVER, "75.00");
        browser.clickAndWait(SAVE, "messages", "was saved");
        browser.open("/admin/shipping.xhtml");
        assertEquals("75.00", value(FREE_OVER));
        String firstPrice = value(STANDARD + ":bands:0:price");

        // not a number: the converter's message next to the band, what was typed stays, nothing is saved
        browser.type(FREE_OVER, "80.00");
        browser.type(STANDARD + ":bands:0:price", "abc");
        browser.clickAndWait(SAVE, STANDARD + ":bands:0:price-message", "Please enter the price as an amount");
        assertEquals("abc", value(STANDARD + ":bands:0:price"));
        assertEquals("80.00", value(FREE_OVER));

        // negative: the form's own rule (Bean Validation) next to the band
        browser.type(STANDARD + ":bands:0:price", "-1");
        browser.clickAndWait(SAVE, STANDARD + ":bands:0:price-message", "cannot be negative");
        assertEquals("-1", value(STANDARD + ":bands:0:price"));

        // a new band with a limit another band has: refused by the service
        browser.click(STANDARD + ":add-band");
        browser.element(STANDARD + ":bands:3:upToGrams");
        browser.type(STANDARD + ":bands:0:price", firstPrice);
        browser.type(STANDARD + ":bands:3:upToGrams", "2000").type(STANDARD + ":bands:3:price", "1.00");
        browser.clickAndWait(SAVE, "messages", "2000");

        browser.open("/admin/shipping.xhtml");
        assertEquals("75.00", value(FREE_OVER), "nothing more was saved");
        assertEquals(firstPrice, value(STANDARD + ":bands:0:price"));
        assertFalse(browser.has(STANDARD + ":bands:3:upToGrams"), "still three bands");

        // a band added and removed again before saving is gone
        browser.click(STANDARD + ":add-band");
        browser.element(STANDARD + ":bands:3:remove-band");
        browser.click(STANDARD + ":bands:3:remove-band");
        Await.until("the new band removed", Duration.ofSeconds(20),
                () -> browser.has(STANDARD + ":bands:3:upToGrams"), present -> !present);
    }

    @Test
    void anAdminAddsATaxRateIsRefusedAnImpossibleOneAndRemovesIt() {
        browser.open("/admin/taxes.xhtml");
        assertTrue(browser.text("tax-rule").contains("before tax"), browser.text("tax-rule"));

        swedenTaxed = true;
        browser.type("tax-form:tax-country", "SE").type("tax-form:tax-name", "Moms 25%")
                .type("tax-form:tax-percent", "25");
        browser.clickAndWait("tax-form:tax-save", "messages", "Moms 25% (25%)");
        int row = rowOf("SE");
        assertEquals("Moms 25%", cells("tax-name-text").get(row));
        assertEquals("25%", cells("tax-percent-value").get(row));

        browser.type("tax-form:tax-country", "SE").type("tax-form:tax-name", "Moms 25%")
                .type("tax-form:tax-percent", "150");
        browser.clickAndWait("tax-form:tax-save", "tax-form", "A rate is from 0 to 99.99 percent.");
        assertEquals("150", value("tax-form:tax-percent"), "what was typed stays");
        browser.open("/admin/taxes.xhtml");
        assertEquals("25%", cells("tax-percent-value").get(rowOf("SE")), "nothing was saved");

        removeSweden();
        swedenTaxed = false;
        browser.open("/admin/taxes.xhtml");
        assertFalse(cells("tax-country-code").contains("SE"), cells("tax-country-code").toString());
        assertTrue(cells("tax-country-code").contains("NL"), "the other rates stay");
    }

    /** Free shipping from 50.00 in the Netherlands, and no tax for Sweden, as the storefront tests expect. */
    @AfterEach
    void putBack() {
        if (thresholdChanged) {
            browser.open("/admin/shipping.xhtml");
            if (browser.path().startsWith("/admin/login.xhtml")) {
                browser.signInHere(DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD).open("/admin/shipping.xhtml");
            }
            browser.type(FREE_OVER, "50.00");
            browser.clickAndWait(SAVE, "messages", "was saved");
            browser.open("/admin/shipping.xhtml");
            assertEquals("50.00", value(FREE_OVER), "the threshold is back at 50.00");
        }
        if (swedenTaxed) {
            browser.open("/admin/taxes.xhtml");
            if (cells("tax-country-code").contains("SE")) {
                removeSweden();
            }
        }
    }

    private void removeSweden() {
        browser.click("tax-table:" + rowOf("SE") + ":remove-tax");
        browser.clickAndWait("confirm-dialog:yes", "messages", "was removed");
    }

    private static int rowOf(String country) {
        List<String> countries = cells("tax-country-code");
        int row = countries.indexOf(country);
        assertTrue(row >= 0, country + " is in the table: " + countries);
        return row;
    }

    private static List<String> cells(String styleClass) {
        return browser.texts(By.cssSelector("[id='tax-table'] ." + styleClass));
    }

    private static String value(String id) {
        return browser.element(id).getDomProperty("value");
    }
}
