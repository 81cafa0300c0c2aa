package shop.agora.it.support;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every browser test has: one headless Chromium per test class, and every test starting signed out (no
 * cookies). The deployment comes from the subclass ({@link BrowserIT}, {@link ControlledBrowserIT}): Arquillian takes
 * every {@code @Deployment} method of the class hierarchy, so this class has none.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class BrowserSession {

    protected static Browser browser;

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
}
