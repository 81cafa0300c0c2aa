package shop.agora.web.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.MalformedURLException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where login-to-continue sends someone who is not signed in and asks for a protected page: to the sign-in page
 * (a redirect; after signing in they come back to that page), or, when no such page exists, to the not-found page
 * (a forward, answered with 404). So a mistyped address says "not found" rather than asking for a password first.
 * A page counts as existing under its own path and under its path without {@code .xhtml} (an application may forward
 * such short addresses to its pages).
 * Each WAR's {@code SecurityConfiguration} names it in its {@code @LoginToContinue} through EL, evaluated per request.
 */
@Named
@RequestScoped
public class LoginTarget {

    static final String LOGIN_PAGE = "/login.xhtml";
    static final String NOT_FOUND_PAGE = "/error/404.xhtml";

    private static final Logger LOG = Logger.getLogger(LoginTarget.class.getName());

    @Inject
    HttpServletRequest request;

    private Boolean pageExists;

    /** The sign-in page, told which page to return to afterwards; or the not-found page. */
    public String getPage() {
        if (!requestedPageExists()) {
            return NOT_FOUND_PAGE;
        }
        String pathInfo = request.getPathInfo();
        String query = request.getQueryString();
        String asked = request.getServletPath() + (pathInfo == null ? "" : pathInfo) + (query == null ? "" : "?" + query);
        return LOGIN_PAGE + "?next=" + URLEncoder.encode(asked, StandardCharsets.UTF_8);
    }

    public boolean isForward() {
        return !requestedPageExists();
    }

    private boolean requestedPageExists() {
        if (pageExists == null) {
            String pathInfo = request.getPathInfo();
            pageExists = exists(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
        }
        return pageExists;
    }

    private boolean exists(String path) {
        if (path.isEmpty() || path.endsWith("/")) {
            return true; // a folder: its welcome page answers
        }
        // a page may also have an address without its extension (/account/orders shows /account/orders.xhtml)
        return isResource(path) || isResource(path + ".xhtml");
    }

    private boolean isResource(String path) {
        try {
            return request.getServletContext().getResource(path) != null;
        } catch (MalformedURLException e) {
            LOG.log(Level.FINE, "Not a resource path: " + path, e);
            return false;
        }
    }
}
