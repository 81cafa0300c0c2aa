package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.Shopper;

/**
 * The back office after the order, in headless Chromium: the emails the platform sent, the refund policy (a wrong
 * value is said next to its field, a saved one changes the rules shown), and premium customers.
 */
class AfterSalesAdminIT extends BrowserIT {

    @Test
    void anAdminSeesTheSentEmailsEditsTheRefundPolicyAndMakesACustomerPremium() {
        String email = Shopper.guestEmail();
        String number = new Shopper(browser).buyLaptopAsGuest(email, "Mel Mailcheck");

        browser.forgetCookies();
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
        browser.open("/admin/emails.xhtml");
        browser.type("emails-search", number);
        browser.click("emails-apply");
        browser.waitForText("emails-table", "Your order " + number + " is confirmed");
        assertTrue(browser.texts(By.cssSelector(".email-recipient")).stream().allMatch(email::equals),
                browser.text("emails-table"));
        assertTrue(browser.texts(By.cssSelector(".email-status")).stream().allMatch("Sent"::equals),
                browser.text("emails-table"));

        browser.open("/admin/refunds.xhtml");
        assertTrue(browser.text("policy-rules").contains("Within 7 days"), browser.text("policy-rules"));
        browser.type("policy-partial-days", "5");
        browser.click("policy-save");
        browser.waitForText("messages", "periods must grow");
        browser.open("/admin/refunds.xhtml");
        browser.type("policy-premium-percent", "101");
        browser.click("policy-save");
        browser.waitForText("policy-premium-percent-message", "0 to 100");
        browser.open("/admin/refunds.xhtml");
        browser.type("policy-credit-days", "120");
        browser.click("policy-save");
        browser.waitForText("messages", "Refund policy saved.");
        browser.waitForText("policy-rules", "Within 120 days");
        browser.type("policy-credit-days", "90");
        browser.click("policy-save");
        browser.waitForText("policy-rules", "Within 90 days");

        browser.open("/admin/customers.xhtml?q=" + DemoData.CUSTOMER_EMAIL);
        assertEquals(List.of(DemoData.CUSTOMER_EMAIL), browser.texts(By.cssSelector(".customer-email")));
        boolean wasPremium = !browser.texts(By.cssSelector(".premium-badge")).isEmpty();
        browser.clickFirst(By.cssSelector(".premium-toggle"));
        browser.waitForText("messages", wasPremium ? "no longer a premium customer" : "is now a premium customer");
        assertEquals(!wasPremium, !browser.texts(By.cssSelector(".premium-badge")).isEmpty());
        browser.clickFirst(By.cssSelector(".premium-toggle"));
        browser.waitForText("messages", wasPremium ? "is now a premium customer" : "no longer a premium customer");
        assertFalse(browser.pageText().contains("Exception"), browser.pageText());
    }
}
