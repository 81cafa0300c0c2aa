package shop.agora.it.probe;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * The probes over HTTP, for the browser tests, which run outside the server (test WAR, context root /agora-it):
 * <ul>
 * <li>{@code POST /probe/flaky?order=AG-1&note=...} publishes a probe event about that order that the flaky consumer
 * fails on until it is fixed, and answers its event id;</li>
 * <li>{@code POST /probe/fix?event=<id>} lets the flaky consumer succeed on that event from now on;</li>
 * <li>{@code GET /probe/effects?event=<id>} answers how often a consumer acted on that event.</li>
 * </ul>
 */
@WebServlet("/probe/*")
public class ProbeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    Probes probes;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/flaky" -> {
                String order = request.getParameter("order");
                if (order == null || order.isBlank()) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "order is missing");
                    return;
                }
                String note = request.getParameter("note");
                ProbeEvent event = ProbeEvent.about(order.strip(), note == null ? "" : note);
                probes.publish(Probes.FLAKY_TOPIC, event);
                answer(response, event.eventId());
            }
            case "/fix" -> {
                UUID event = eventId(request, response);
                if (event != null) {
                    probes.fix(event);
                    answer(response, event);
                }
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/effects".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UUID event = eventId(request, response);
        if (event != null) {
            answer(response, probes.effects(event));
        }
    }

    /** The event id of the request, or null after answering 400 when it has none. */
    private static UUID eventId(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            return UUID.fromString(String.valueOf(request.getParameter("event")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "event is not an event id");
            return null;
        }
    }

    private static void answer(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(String.valueOf(value));
    }
}
