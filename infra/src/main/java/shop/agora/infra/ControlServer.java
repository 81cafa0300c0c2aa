package shop.agora.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The integration tests' hand on the platform while it runs: {@code POST /broker/stop} and {@code POST
 * /broker/start} stop the Artemis broker and start it again on the same journal, so that a test can take the broker
 * away in the middle of a flow. Listens on the loopback interface only, and only for the tests' platform.
 */
final class ControlServer implements AutoCloseable {

    /** What the server can do to the platform. */
    interface Actions {

        void stopBroker();

        void startBroker();
    }

    private final HttpServer server;

    private ControlServer(HttpServer server) {
        this.server = server;
    }

    static ControlServer start(int port, Actions actions) {
        Ports.requireFree(port, "platform control");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            Map<String, Runnable> routes = Map.of("/broker/stop", actions::stopBroker,
                    "/broker/start", actions::startBroker);
            server.createContext("/", exchange -> handle(exchange, routes));
            server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "agora-platform-control")));
            server.start();
            System.out.println("[infra] platform control on http://127.0.0.1:" + port + " (POST /broker/stop, "
                    + "/broker/start)");
            return new ControlServer(server);
        } catch (IOException e) {
            throw new InfraException("The platform control did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    private static void handle(HttpExchange exchange, Map<String, Runnable> routes) throws IOException {
        try (exchange) {
            Runnable action = routes.get(exchange.getRequestURI().getPath());
            if (action == null || !"POST".equals(exchange.getRequestMethod())) {
                respond(exchange, 404, "POST /broker/stop or /broker/start");
                return;
            }
            try {
                action.run();
                respond(exchange, 200, "done");
            } catch (RuntimeException e) {
                respond(exchange, 500, String.valueOf(e.getMessage()));
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
