package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.Mailbox;

/** The storefront in headless Chromium: sign-in, sign-out, registration, and who is refused. */
class StorefrontIT extends BrowserIT {

    @Test
    void aCustomerSignsInSeesTheHomePageAndSignsOut() {
        browser.open("/shop/login.xhtml");
        assertNull(browser.sessionId("/shop"), "the sign-in page (a stateless view) makes no session");
        browser.open("/shop/cart"); // the cart page's form does
        String anonymousSession = browser.sessionId("/shop");
        assertNotNull(anonymousSession, "a session before signing in");
        browser.open("/shop/login.xhtml");
        browser.signInHere(DemoData.CUSTOMER_EMAIL, DemoData.CUSTOMER_PASSWORD);

        assertEquals("Casey Customer", browser.text("current-user"));
        assertNotNull(browser.sessionId("/shop"));
        assertNotEquals(anonymousSession, browser.sessionId("/shop"), "the session id changes at sign-in");

        browser.submit("account-menu:logout");
        assertTrue(browser.has("sign-in"), "signed out: " + browser.pageText());
        browser.open("/shop/account/index.xhtml");
        assertTrue(browser.path().startsWith("/shop/login.xhtml"), "the account page asks again: " + browser.path());
    }

    @Test
    void afterSignInTheCustomerLandsOnThePageTheyAskedFor() {
        browser.open("/shop/account/index.xhtml");
        assertTrue(browser.path().startsWith("/shop/login.xhtml"), browser.path());
        browser.signInHere(DemoData.CUSTOMER_EMAIL, DemoData.CUSTOMER_PASSWORD);

        assertTrue(browser.path().startsWith("/shop/account/index.xhtml"), browser.path());
        assertEquals(DemoData.CUSTOMER_EMAIL, browser.text("account-email"));
    }

    @Test
    void aWrongPasswordGetsAMessage() {
        browser.signIn("/shop", DemoData.CUSTOMER_EMAIL, "not-the-password");
        assertTrue(browser.text("messages").contains("Wrong email or password"), browser.pageText());
        assertFalse(browser.has("current-user"));
    }

    @Test
    void aMerchantCannotSignInToTheStorefront() {
        browser.signIn("/shop", DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);
        assertTrue(browser.text("messages").contains("cannot sign in here"), browser.pageText());
        assertFalse(browser.has("current-user"));
    }

    @Test
    void aNewCustomerRegistersIsSignedInAndGetsAWelcomeEmail() {
        String email = "new-" + UUID.randomUUID() + "@example.test";
        register(email, "Robin Newcomer", "a long enough password");

        assertTrue(browser.path().startsWith("/shop/account/"), browser.path());
        assertEquals(email, browser.text("account-email"));
        assertEquals("Robin Newcomer", browser.text("current-user"));

        MimeMessage welcome = Mailbox.awaitOne(email, Duration.ofSeconds(30));
        assertEquals("Welcome to Agora, Robin Newcomer", Mailbox.subject(welcome));
    }

    @Test
    void registrationSaysWhatIsWrongAndRefusesATakenEmailWithoutSayingSo() {
        register("not-an-email", "", "short");
        String messages = browser.pageText();
        assertTrue(messages.contains("valid email"), messages);
        assertTrue(messages.contains("Please enter your name"), messages);
        assertTrue(messages.contains("10 to 128 characters"), messages);
        assertEquals("not-an-email", browser.element("register:email").getAttribute("value"), "input is kept");

        register(DemoData.CUSTOMER_EMAIL, "Someone Else", "another long password");
        String refusal = browser.text("messages");
        assertTrue(refusal.contains("could not create an account"), refusal);
        assertFalse(refusal.toLowerCase().contains("already exists"), refusal);
        assertFalse(browser.has("current-user"));
    }

    private void register(String email, String name, String password) {
        browser.open("/shop/register.xhtml");
        browser.type("register:email", email).type("register:name", name).type("register:password", password);
        browser.submit("register:submit");
    }
}
