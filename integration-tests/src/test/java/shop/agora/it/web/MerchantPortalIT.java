package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;

/** The merchant portal in headless Chromium: only merchants get in. */
class MerchantPortalIT extends BrowserIT {

    @Test
    void aMerchantSignsInAndSeesItsShop() {
        browser.open("/merchant/");
        assertTrue(browser.path().startsWith("/merchant/login.xhtml"), browser.path() + ": " + browser.pageText());
        browser.signInHere(DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);

        assertEquals(DemoData.MERCHANT_NAME, browser.text("merchant-name"));
        assertEquals("Max Merchant", browser.text("current-user"));
        assertTrue(browser.has("page-title"));
    }

    @Test
    void aWrongPasswordGetsAMessage() {
        browser.signIn("/merchant", DemoData.MERCHANT_EMAIL, "wrong password here");
        assertTrue(browser.text("messages").contains("Wrong email or password"), browser.pageText());
        assertFalse(browser.has("current-user"));
    }

    @Test
    void aCustomerIsRefused() {
        browser.signIn("/merchant", DemoData.CUSTOMER_EMAIL, DemoData.CUSTOMER_PASSWORD);
        assertTrue(browser.text("messages").contains("cannot sign in here"), browser.pageText());
        browser.open("/merchant/");
        assertTrue(browser.path().startsWith("/merchant/login.xhtml"), browser.path() + ": " + browser.pageText());
    }
}
