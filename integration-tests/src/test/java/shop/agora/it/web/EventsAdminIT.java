package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.it.probe.FlakyConsumer;
import shop.agora.it.support.Await;
import shop.agora.it.support.BrowserSession;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.PlatformSession;
import shop.agora.it.support.Shopper;

/**
 * The back office's Events page in headless Chromium: an order's events with what each consumer made of them, and
 * the dead-letter queue, where an admin sends a message back to the consumer that failed on it once the cause is
 * fixed, or discards it. The failing consumer is the probes' flaky one, driven over HTTP (ProbeServlet): its
 * messages are dead-lettered after the test broker's three attempts.
 *
 * <p>Not a {@code BrowserIT}: it needs the probe WAR, and Arquillian would take BrowserIT's deployment method as a
 * second deployment rather than one this class replaces; it gets the browser from {@link BrowserSession}.
 */
class EventsAdminIT extends BrowserSession {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(EventsAdminIT.class, "shop.agora.it.probe");
    }

    @Test
    void anAdminSeesEachConsumerOfAnOrdersEvents() {
        String number = new Shopper(browser).buyLaptopAsGuest(Shopper.guestEmail(), "Eve Events");

        signInAsAdmin();
        browser.open("/admin/events.xhtml?order=" + number);
        assertEquals(number, browser.element("events-order").getDomProperty("value"));
        browser.waitForText("events-table", "Payment Processed");
        browser.waitForText("events-table", "Order Confirmed");
        // the consumers run on their own: read the page again until they have
        for (String consumer : List.of("order-confirmation", "label-generation", "inventory-sale")) {
            Await.until(consumer + " processed the event of " + number, WAIT, () -> statuses(number, consumer),
                    List.of("Processed")::equals);
        }
        assertFalse(browser.pageText().contains("Exception"), browser.pageText());

        browser.open("/admin/events.xhtml?order=AG-NO-SUCH-ORDER");
        browser.waitForText("events-table", "No events for order AG-NO-SUCH-ORDER.");
    }

    @Test
    void aDeadLetteredMessageIsRetriedOnceItsCauseIsFixed() {
        String order = madeUpOrderNumber();
        UUID event = publishFlaky(order, "retry me");
        signInAsAdmin();
        awaitDeadLetter(order);
        assertEquals(List.of(FlakyConsumer.NAME), browser.texts(inDeadLetterRow(order, "dead-letter-consumer")));
        String error = browser.texts(inDeadLetterRow(order, "dead-letter-error")).get(0);
        assertTrue(error.contains("the downstream service is down for retry me"), error);
        assertEquals(List.of("Dead-lettered"), statuses(order, FlakyConsumer.NAME));

        probe("POST", "fix?event=" + event);
        browser.open("/admin/events.xhtml");
        browser.click(browser.attribute(inDeadLetterRow(order, "dead-letter-retry"), "id"));
        browser.waitForText("messages", "Sent event \"Probe Event\" back to " + FlakyConsumer.NAME + ".");
        assertFalse(browser.texts(By.cssSelector("#dead-letters .dead-letter-order")).contains(order),
                browser.text("dead-letters"));

        Await.until("the retried event's effect", WAIT, () -> Long.parseLong(probe("GET", "effects?event=" + event)),
                n -> n > 0);
        assertEquals("1", probe("GET", "effects?event=" + event));
        Await.until(FlakyConsumer.NAME + " processed the retried event", WAIT,
                () -> statuses(order, FlakyConsumer.NAME), List.of("Processed")::equals);
    }

    @Test
    void aDiscardedMessageIsNeverActedOn() {
        String order = madeUpOrderNumber();
        UUID event = publishFlaky(order, "discard me");
        signInAsAdmin();
        awaitDeadLetter(order);

        browser.click(browser.attribute(inDeadLetterRow(order, "dead-letter-discard"), "id"));
        browser.click("discard-confirm");
        browser.waitForText("messages", "Discarded event \"Probe Event\" for " + FlakyConsumer.NAME);
        assertFalse(browser.texts(By.cssSelector("#dead-letters .dead-letter-order")).contains(order),
                browser.text("dead-letters"));

        browser.open("/admin/events.xhtml");
        assertFalse(browser.texts(By.cssSelector("#dead-letters .dead-letter-order")).contains(order),
                browser.text("dead-letters"));
        assertEquals(List.of("Discarded"), statuses(order, FlakyConsumer.NAME));
        assertEquals("0", probe("GET", "effects?event=" + event));
    }

    private void signInAsAdmin() {
        browser.forgetCookies();
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
    }

    private static String madeUpOrderNumber() {
        return "AG-EV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Opens the Events page until the dead letters list a message about the order (three failed attempts first). */
    private void awaitDeadLetter(String order) {
        Await.until("a dead letter about " + order, WAIT, () -> {
            browser.open("/admin/events.xhtml");
            browser.element("dead-letters");
            return browser.texts(By.cssSelector("#dead-letters .dead-letter-order"));
        }, orders -> orders.contains(order));
    }

    /** The statuses the order's events show for the consumer, read from the page opened afresh. */
    private List<String> statuses(String order, String consumer) {
        browser.open("/admin/events.xhtml?order=" + order);
        browser.element("events-table");
        return browser.texts(By.xpath("//*[@id='events-table']//li" + withClass("event-outcome")
                + "[.//*" + withClass("event-consumer") + "[normalize-space()='" + consumer + "']]"
                + "//*" + withClass("event-status")));
    }

    /** Elements with the class in the dead-letter row of the order. */
    private static By inDeadLetterRow(String order, String cssClass) {
        return By.xpath("//*[@id='dead-letters']//tr[.//a" + withClass("dead-letter-order") + "[normalize-space()='"
                + order + "']]//*" + withClass(cssClass));
    }

    private static String withClass(String cssClass) {
        return "[contains(concat(' ', normalize-space(@class), ' '), ' " + cssClass + " ')]";
    }

    private UUID publishFlaky(String order, String note) {
        return UUID.fromString(probe("POST", "flaky?order=" + order + "&note="
                + URLEncoder.encode(note, StandardCharsets.UTF_8)));
    }

    /** Calls the probe servlet of the test WAR; its answer. */
    private String probe(String method, String pathAndQuery) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create(PlatformSession.baseUrl() + "/agora-it/probe/" + pathAndQuery));
        request = "POST".equals(method) ? request.POST(HttpRequest.BodyPublishers.noBody()) : request.GET();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), method + " " + pathAndQuery + ": " + response.body());
            return response.body().strip();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted calling the probe servlet", e);
        }
    }
}
