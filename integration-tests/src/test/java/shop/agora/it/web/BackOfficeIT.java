package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;

/** The back office in headless Chromium: only admins get in; an admin creates a merchant and its user. */
class BackOfficeIT extends BrowserIT {

    @Test
    void anAdminSignsInAndSeesTheBackOffice() {
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        assertEquals("Ada Admin", browser.text("current-user"));
        assertTrue(browser.has("page-title"));
    }

    @Test
    void aWrongPasswordGetsAMessage() {
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, "admin-demo-2");
        assertTrue(browser.text("messages").contains("Wrong email or password"), browser.pageText());
        assertFalse(browser.has("current-user"));
    }

    @Test
    void aMerchantIsRefused() {
        browser.signIn("/admin", DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);
        assertTrue(browser.text("messages").contains("cannot sign in here"), browser.pageText());
        browser.open("/admin/merchants.xhtml");
        assertTrue(browser.path().startsWith("/admin/login.xhtml"), browser.path() + ": " + browser.pageText());
    }

    @Test
    void anAdminCreatesAMerchantAndItsUserWhoThenSignsInToThePortal() {
        String shop = "Harbour Books " + UUID.randomUUID().toString().substring(0, 8);
        String email = "owner-" + UUID.randomUUID() + "@example.test";
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        browser.open("/admin/merchants.xhtml");

        browser.type("merchant:name", shop).type("merchant:contactEmail", "hello@harbour.example.test");
        browser.click("merchant:create");
        browser.waitForText("messages", shop);

        browser.open("/admin/merchants.xhtml");
        new Select(browser.element("merchant-user:merchant")).selectByVisibleText(shop);
        browser.type("merchant-user:email", email).type("merchant-user:name", "Hana Harbour")
                .type("merchant-user:password", "harbour books 2026");
        browser.click("merchant-user:create");
        browser.waitForText("messages", email);

        browser.forgetCookies();
        browser.signIn("/merchant", email, "harbour books 2026");
        assertEquals(shop, browser.text("merchant-name"));
    }

    @Test
    void aDuplicateMerchantNameIsRefusedWithAMessage() {
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        browser.open("/admin/merchants.xhtml");
        browser.type("merchant:name", DemoData.MERCHANT_NAME).type("merchant:contactEmail", "x@example.test");
        browser.click("merchant:create");
        browser.waitForText("messages", "already exists");
    }
}
