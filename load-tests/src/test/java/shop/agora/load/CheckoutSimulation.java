package shop.agora.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many guests buying at once, through the real pages: product page, add to cart (in the background, as the page's
 * script sends it), checkout page, place the order paying with the sandbox's approved card, and the confirmation page
 * once (as a customer lands on it; the page itself then polls every 2 s). How long payment to confirmed took is read
 * afterwards from the orders' own history (bench/checkout.sh), to the millisecond and without polling load.
 * Customers arrive at a constant rate ({@code agora.ordersPerSecond}, default 50) for {@code agora.seconds}
 * (default 60), each placing one order. "checkout" is placing the order (availability, shipping, tax, the order
 * and its stock hold) and paying it (the card checked, the gateway's answer, "Payment Processed" booked). Besides Gatling's report, the run writes its key numbers to {@code agora.results} (default
 * target/checkout-results.properties) for bench/checkout.sh.
 */
public class CheckoutSimulation extends Simulation {

    private static final String BASE = System.getProperty("agora.url", "http://localhost:8080");
    private static final int RATE = Integer.getInteger("agora.ordersPerSecond", 50);
    private static final int SECONDS = Integer.getInteger("agora.seconds", 60);
    private static final String PRODUCT = System.getProperty("agora.product", "aurora-14-laptop");
    /** Marks this run's orders (their email is load-{run}-...@example.test), for the report. */
    private static final String RUN = System.getProperty("agora.run", "manual");
    /**
     * The page's Faces view state (every form of a page carries the same one). Regular expressions rather than CSS
     * selectors: a selector parses the whole page, which cost the load generator a good part of the cores it shares
     * with the shop.
     */
    private static final String VIEW_STATE = "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"";
    /** The SKU the product page's add-to-cart form adds (a hidden input). */
    private static final String SKU = "name=\"sku\" value=\"([0-9]+)\"";

    private static final Queue<Long> CHECKOUT_MS = new ConcurrentLinkedQueue<>();
    private static final AtomicLong PAID = new AtomicLong();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("text/html,application/xhtml+xml")
            .header("Origin", BASE)
            .disableCaching();

    /** A PrimeFaces ajax submit of a whole form by one of its buttons, as the browser sends it. */
    private static String ajax(String form, String button, String fields) {
        return "jakarta.faces.partial.ajax=true&jakarta.faces.source=" + button
                + "&jakarta.faces.partial.execute=" + form + "&jakarta.faces.partial.render=" + form
                + "&" + button + "=" + button + "&" + form + "=" + form + "&" + fields
                + "&jakarta.faces.ViewState=#{viewState}";
    }

    private final ChainBuilder placeOrder = exec(
            http("product page").get("/shop/p/" + PRODUCT)
                    .check(regex(SKU).saveAs("sku")),
            http("add to cart").post("/shop/cart/add")
                    .header("Accept", "application/json") // as the product page's script sends it
                    .formParam("sku", "#{sku}").formParam("slug", PRODUCT).formParam("quantity", "1")
                    .check(status().is(200), jsonPath("$.added").ofBoolean().is(true)),
            http("checkout page").get("/shop/checkout")
                    .check(regex(VIEW_STATE).saveAs("viewState")))
            .exec(session -> session.set("email", "load-" + RUN + "-" + UUID.randomUUID() + "@example.test")
                    .set("t0", System.nanoTime()))
            .exec(http("place order").post("/shop/checkout.xhtml")
                    .header("Faces-Request", "partial/ajax")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .body(StringBody(ajax("checkout", "place-order", "checkout-email=#{email}"
                            + "&checkout-name=Load+Tester&checkout-street=Damrak+1&checkout-postal=1012+LG"
                            + "&checkout-city=Amsterdam&checkout-country=NL&checkout-phone="
                            + "&checkout-shipping=STANDARD&card-holder=Load+Tester"
                            + "&card-number=4242+4242+4242+4242&card-expiry=12%2F34&card-cvc=123")))
                    .check(regex("order/confirmation\\?token=([0-9a-f-]{36})").saveAs("token")))
            .exec(session -> {
                CHECKOUT_MS.add((System.nanoTime() - session.getLong("t0")) / 1_000_000);
                return session;
            });

    private final ChainBuilder confirmation = exec(
            http("confirmation page").get("/shop/order/confirmation?token=#{token}")
                    .check(regex("agora-status-([A-Z_]+)").saveAs("status")))
            .exec(session -> {
                PAID.incrementAndGet();
                return session;
            });

    private final ScenarioBuilder buyers = scenario("Guests buy the showcase product").exec(placeOrder, confirmation);

    @Override
    public void after() {
        String results = String.format(Locale.ROOT, "placedOrders=%d%npaidOrders=%d%ncheckoutP50=%d%n"
                        + "checkoutP95=%d%ncheckoutP99=%d%ntargetRate=%d%n",
                CHECKOUT_MS.size(), PAID.get(), percentile(CHECKOUT_MS, 50), percentile(CHECKOUT_MS, 95),
                percentile(CHECKOUT_MS, 99), RATE);
        try {
            Path file = Path.of(System.getProperty("agora.results", "target/checkout-results.properties"));
            Files.writeString(file, results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(results);
    }

    static long percentile(Queue<Long> values, int p) {
        List<Long> sorted = new ArrayList<>(values);
        if (sorted.isEmpty()) {
            return -1;
        }
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    {
        setUp(buyers.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS))))
                .protocols(protocol);
    }
}
