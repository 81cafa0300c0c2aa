package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.Await;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.PlatformSession;
import shop.agora.it.support.Shopper;

/**
 * After the order, in headless Chromium: a guest cancels an order from its confirmation page and sees the refund; the
 * merchant of the items finds the order in the portal with its parcel and downloads the label PDF, which another
 * merchant cannot.
 */
class FulfilmentBrowserIT extends BrowserIT {

    private final Shopper shopper = new Shopper(browser);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aGuestCancelsTheOrderAndSeesTheRefund() {
        String number = shopper.buyLaptopAsGuest(Shopper.guestEmail(), "Charlie Changemind");
        browser.click("cancel-order");
        assertTrue(browser.text("cancel-box").contains("until its parcel has been picked up"),
                "the page states the rule: " + browser.text("cancel-box"));
        browser.type("cancel-reason", "Ordered the wrong size");
        browser.click("cancel-confirm");
        browser.waitForText("order-status", "Cancelled");
        assertTrue(browser.text("messages").contains("Order " + number + " is cancelled."), browser.pageText());
        assertEquals("Cancelled at your request: Ordered the wrong size", browser.text("order-reason"));
        assertFalse(browser.has("cancel-box"), "nothing left to cancel");

        browser.waitForText("order-payments", "Refunded"); // the page follows the refund until it is booked
        assertTrue(browser.text("order-timeline").contains("Cancelled"), browser.text("order-timeline"));
        assertEquals(List.of("Cancelled"), browser.texts(By.cssSelector(".parcel-status")), "the label is void");
    }

    @Test
    void theMerchantFindsTheOrderAndDownloadsItsLabel() throws Exception {
        String number = shopper.buyLaptopAsGuest(Shopper.guestEmail(), "Lee Labelprint");

        browser.forgetCookies();
        browser.signIn("/merchant", DemoData.SECOND_MERCHANT_EMAIL, DemoData.SECOND_MERCHANT_PASSWORD);
        browser.open("/merchant/orders/index.xhtml");
        assertTrue(browser.text("orders-table").contains(number), browser.text("orders-table"));
        browser.clickFirst(By.linkText(number));
        assertEquals(number, browser.text("order-number"));
        assertTrue(browser.text("order-lines").contains(Shopper.LAPTOP_NAME), browser.text("order-lines"));
        String tracking = Await.until("the parcel on the order page", Duration.ofSeconds(30), () -> {
            browser.open(browser.path());
            List<String> numbers = browser.texts(By.cssSelector(".parcel-tracking"));
            return numbers.isEmpty() ? "" : numbers.get(0);
        }, found -> !found.isEmpty());

        String label = browser.attribute(By.cssSelector(".label-download"), "href");
        HttpResponse<byte[]> pdf = download(label, browser.sessionId("/merchant"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        PdfReader reader = new PdfReader(pdf.body());
        try {
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(text.contains(tracking) && text.contains("Lee Labelprint") && text.contains("Damrak 1"), text);
        } finally {
            reader.close();
        }

        browser.forgetCookies();
        browser.signIn("/merchant", DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);
        assertEquals(404, download(label, browser.sessionId("/merchant")).statusCode(),
                "another merchant's label is not there");
        browser.open("/merchant/orders/order.xhtml?number=" + number);
        assertTrue(browser.has("order-not-found"), "nor the order: " + browser.pageText());
    }

    private HttpResponse<byte[]> download(String url, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url.startsWith("http") ? url
                        : PlatformSession.baseUrl() + url))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
