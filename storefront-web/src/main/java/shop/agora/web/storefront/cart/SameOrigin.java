package shop.agora.web.storefront.cart;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a form was sent from one of our own pages, for the one form that has no Faces view state to protect it (add
 * to cart, on the catalog's stateless product pages). Browsers say where a request comes from: {@code Sec-Fetch-Site}
 * (all current browsers), else {@code Origin}. A request that says neither comes from a client that is not a browser
 * page of another site; the session cookie (SameSite=Lax) is not sent along with a cross-site form anyway.
 */
final class SameOrigin {

    private SameOrigin() {
    }

    /**
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param origin the {@code Origin} header, or null
     * @param host the {@code Host} header the request was sent to
     */
    static boolean allows(String fetchSite, String origin, String host) {
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
