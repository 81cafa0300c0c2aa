package shop.agora.web.common.security;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a form was sent from one of our own pages, for forms that have no Faces view state to protect them (forms of
 * stateless views: the storefront's add to cart and order lookup). Browsers say where a request comes from: {@code Sec-Fetch-Site}
 * (all current browsers), else {@code Origin}. A request that says neither comes from a client that is not a browser
 * page of another site; the session cookie (SameSite=Lax) is not sent along with a cross-site form anyway.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * For a Faces action of a form without view state: when the form was not sent from one of our own pages, answers
     * 403 (the error page), ends the Faces response and returns true; the action then does nothing.
     */
    public static boolean refused(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (allows((HttpServletRequest) external.getRequest())) {
            return false;
        }
        external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        faces.responseComplete();
        return true;
    }

    /** Whether the request comes from one of our own pages, by its headers. */
    public static boolean allows(HttpServletRequest request) {
        return allows(request.getHeader("Sec-Fetch-Site"), request.getHeader("Origin"), request.getHeader("Host"));
    }

    /**
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param origin the {@code Origin} header, or null
     * @param host the {@code Host} header the request was sent to
     */
    public static boolean allows(String fetchSite, String origin, String host) {
        if (fetchSite != null) {
            return fetchSite.equals("same-origin") || fetchSite.equals("none");
        }
        if (origin == null) {
            return true;
        }
        try {
            String authority = new URI(origin).getAuthority();
            return authority != null && host != null && authority.equalsIgnoreCase(host);
        } catch (URISyntaxException notAnOrigin) {
            return false;
        }
    }
}
