package shop.agora.web.common.session;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How long a session lives without a request. A session that holds something worth keeping (a signed-in person, a
 * guest's cart, an order being paid for) lives as long as {@code web.xml} says (30 minutes); one that holds nothing
 * lives {@code agora.web.session.brief-minutes} (default 10). A session holds nothing when it was made by someone who
 * only opened a page with a form (the sign-in or tracking page: a passer-by, a crawler, a bot that keeps no cookies),
 * or is a guest's whose order is paid. Each such session keeps the Faces views it showed (server-side state, tens of
 * KB each) in memory, and at a steady stream of visitors their number is the rate times their life: the heap the shop
 * needs for them shrinks by the same factor as their life.
 *
 * <p>Every new session starts brief; the pages call {@link #keep} when it comes to hold something and {@link #brief}
 * when what it held is done. A brief session that runs out loses nothing: a guest's cart is also kept in a cookie,
 * an order's confirmation page is opened by its token, and a form sent after its page expired gets the "page
 * expired" page.
 */
@WebListener
public class SessionLife implements ServletContextListener, HttpSessionListener {

    /** The configuration property: minutes a session that holds nothing lives without a request. */
    public static final String BRIEF_MINUTES = "agora.web.session.brief-minutes";

    static final int DEFAULT_BRIEF_MINUTES = 10;

    private static final Logger LOG = Logger.getLogger(SessionLife.class.getName());
    private static final String BRIEF_SECONDS_ATTRIBUTE = SessionLife.class.getName() + ".briefSeconds";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        Optional<String> configured = ConfigProvider.getConfig().getOptionalValue(BRIEF_MINUTES, String.class);
        int seconds = briefSeconds(configured.orElse(null), fullSeconds(context));
        if (configured.isPresent() && seconds != minutesToSeconds(configured.get())) {
            LOG.warning(() -> BRIEF_MINUTES + " = " + configured.get() + " is not a number of minutes up to the "
                    + "session timeout; sessions that hold nothing live " + seconds / 60 + " minutes");
        }
        context.setAttribute(BRIEF_SECONDS_ATTRIBUTE, seconds);
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Object seconds = session.getServletContext().getAttribute(BRIEF_SECONDS_ATTRIBUTE);
        if (seconds instanceof Integer brief) {
            session.setMaxInactiveInterval(brief);
        }
    }

    /** The request's session (made if there is none) now holds something: it lives the full time. */
    public static void keep(HttpServletRequest request) {
        HttpSession session = request.getSession();
        int full = fullSeconds(session.getServletContext());
        if (session.getMaxInactiveInterval() != full) {
            session.setMaxInactiveInterval(full);
        }
    }

    /** What the request's session held is done: if it has one, it lives the brief time from now on. */
    public static void brief(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getServletContext().getAttribute(BRIEF_SECONDS_ATTRIBUTE)
                instanceof Integer brief) {
            session.setMaxInactiveInterval(brief);
        }
    }

    /**
     * The brief life in seconds: the configured minutes when they are a whole number from 1 up to the full life,
     * otherwise the default (or the full life, when that is shorter).
     */
    static int briefSeconds(String configuredMinutes, int fullSeconds) {
        int fallback = Math.min(DEFAULT_BRIEF_MINUTES * 60, fullSeconds);
        if (configuredMinutes == null) {
            return fallback;
        }
        int seconds = minutesToSeconds(configuredMinutes);
        return seconds >= 60 && seconds <= fullSeconds ? seconds : fallback;
    }

    private static int minutesToSeconds(String minutes) {
        String digits = minutes.strip();
        return digits.matches("[0-9]{1,6}") ? Integer.parseInt(digits) * 60 : -1;
    }

    /** The session timeout of web.xml, in seconds (30 minutes when it says none). */
    private static int fullSeconds(ServletContext context) {
        int minutes = context.getSessionTimeout();
        return minutes > 0 ? minutes * 60 : 30 * 60;
    }
}
