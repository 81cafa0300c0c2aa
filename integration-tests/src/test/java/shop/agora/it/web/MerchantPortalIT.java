package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.Browser;
import shop.agora.it.support.Deployments;

/** The merchant portal in headless Chromium: only merchants get in. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MerchantPortalIT {

    private static Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @BeforeEach
    void signedOut() {
        browser.forgetCookies();
    }

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
