package shop.agora.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The test platform's control port (InfraSettings.forTests): stops and starts the broker on the same journal. Works
 * from the test JVM and from inside the server alike (both on this machine).
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

    private static void post(String path) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(CONTROL + path)).POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The test platform's control did not answer on " + CONTROL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
