package shop.agora.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Executors;

/**
 * The integration tests' hand on the platform while it runs: {@code POST /broker/stop} and {@code POST
 * /broker/start} stop the Artemis broker and start it again on the same journal, so that a test can take the broker
 * away in the middle of a flow. {@code POST /broker/prepared-send?address=...&name=value...} (the message text as
 * the request body) leaves a branch prepared on the broker that sends that message, as a server does when the
 * broker stops between prepare and commit, and answers the branch's id; {@code GET /broker/prepared} answers the
 * broker's prepared branches (JSON), and {@code POST /broker/prepared-rollback?xid=...} rolls one back. Listens on
 * the loopback interface only, and only for the tests' platform.
 */
final class ControlServer implements AutoCloseable {

    /** What the server can do to the platform. */
    interface Actions {

        void stopBroker();

        void startBroker();

        String leavePreparedSend(String address, Map<String, String> properties, String text);

        String preparedBranches();

        boolean rollBackPrepared(String xid);
    }

    private final HttpServer server;

    private ControlServer(HttpServer server) {
        this.server = server;
    }

    static ControlServer start(int port, Actions actions) {
        Ports.requireFree(port, "platform control");
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            Map<String, Route> routes = Map.of(
                    "POST /broker/stop", exchange -> {
                        actions.stopBroker();
                        return "done";
                    },
                    "POST /broker/start", exchange -> {
                        actions.startBroker();
                        return "done";
                    },
                    "POST /broker/prepared-send", exchange -> {
                        Map<String, String> properties = query(exchange.getRequestURI().getRawQuery());
                        String address = properties.remove("address");
                        if (address == null) {
                            throw new IllegalArgumentException("address missing");
                        }
                        String text = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                        return actions.leavePreparedSend(address, properties, text);
                    },
                    "GET /broker/prepared", exchange -> actions.preparedBranches(),
                    "POST /broker/prepared-rollback", exchange -> String.valueOf(actions.rollBackPrepared(
                            query(exchange.getRequestURI().getRawQuery()).get("xid"))));
            server.createContext("/", exchange -> handle(exchange, routes));
            server.setExecutor(Executors.newSingleThreadExecutor(r -> new Thread(r, "agora-platform-control")));
            server.start();
            System.out.println("[infra] platform control on http://127.0.0.1:" + port + " (POST /broker/stop, "
                    + "/broker/start, /broker/prepared-send, /broker/prepared-rollback; GET /broker/prepared)");
            return new ControlServer(server);
        } catch (IOException e) {
            throw new InfraException("The platform control did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    /** What one address of the control does; answers the response's text. */
    private interface Route {
        String answer(HttpExchange exchange) throws IOException;
    }

    private static void handle(HttpExchange exchange, Map<String, Route> routes) throws IOException {
        try (exchange) {
            Route route = routes.get(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            if (route == null) {
                respond(exchange, 404, "one of: " + new TreeSet<>(routes.keySet()));
                return;
            }
            try {
                respond(exchange, 200, route.answer(exchange));
            } catch (RuntimeException e) {
                respond(exchange, 500, String.valueOf(e.getMessage()));
            }
        }
    }

    /** The query string's parameters, decoded, in order. */
    static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.put(name, value);
        }
        return parameters;
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
