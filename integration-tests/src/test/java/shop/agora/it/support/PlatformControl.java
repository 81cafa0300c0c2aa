package shop.agora.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * The test platform's control port (InfraSettings.forTests): stops and starts the broker on the same journal, and
 * leaves, lists and rolls back prepared branches on it. Works from the test JVM and from inside the server alike (both
 * on this machine).
 */
public final class PlatformControl {

    private static final String CONTROL = "http://127.0.0.1:28099";

    private PlatformControl() {
    }

    public static void stopBroker() {
        post("/broker/stop");
    }

    /** Starts the broker when it is stopped; does nothing when it runs. */
    public static void startBroker() {
        post("/broker/start");
    }

    /**
     * Leaves a branch prepared on the broker that sends {@code text} to {@code topic} with these string properties,
     * as a server's transaction does when the broker stops between its prepare and its commit. Returns the branch's
     * id as the broker's management writes it.
     */
    public static String leavePreparedSend(String topic, Map<String, String> properties, String text) {
        StringBuilder query = new StringBuilder("?address=").append(encode(topic));
        properties.forEach((name, value) -> query.append('&').append(encode(name)).append('=').append(encode(value)));
        return send("/broker/prepared-send" + query, HttpRequest.BodyPublishers.ofString(text));
    }

    /** The branches the broker holds prepared, as its management lists them (JSON). */
    public static String preparedBranches() {
        return send("/broker/prepared", null);
    }

    /** Rolls back a branch the broker holds prepared (tidying up after a test). */
    public static void rollBackPrepared(String xid) {
        send("/broker/prepared-rollback?xid=" + encode(xid), HttpRequest.BodyPublishers.noBody());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void post(String path) {
        send(path, HttpRequest.BodyPublishers.noBody());
    }

    /** POSTs the body to the control (GETs without one) and returns the answer, which must be a success. */
    private static String send(String path, HttpRequest.BodyPublisher body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(CONTROL + path))
                    .timeout(Duration.ofSeconds(60));
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    body == null ? request.GET().build() : request.POST(body).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("The test platform's control did not answer on " + CONTROL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
