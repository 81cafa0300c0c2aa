package shop.agora.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/** The test WAR's control servlet ({@code shop.agora.it.control.TestControlServlet}) as browser tests call it. */
public final class TestControl {

    private final HttpClient http = HttpClient.newHttpClient();

    /** Moves the platform's clock on; returns its new time. */
    public Instant advanceClock(Duration by) {
        return Instant.parse(post("clock?advance=" + by));
    }

    /** Back to the real time. */
    public void resetClock() {
        post("clock/reset");
    }

    /**
     * A new published product of Northwind Outfitters at this price (before tax), one variant with 50 in stock;
     * returns its address in the shop ({@code /shop/p/<slug>}).
     */
    public String newProduct(String name, String price) {
        return "/shop/p/" + post("product?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&price="
                + price);
    }

    private String post(String pathAndQuery) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(PlatformSession.baseUrl() + "/agora-it/control/"
                + pathAndQuery)).timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.noBody()).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), pathAndQuery + ": " + response.body());
            return response.body().strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted calling the control servlet", e);
        }
    }
}
