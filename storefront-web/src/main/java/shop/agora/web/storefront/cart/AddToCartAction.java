package shop.agora.web.storefront.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.security.SameOrigin;
import shop.agora.web.storefront.Json;
import shop.agora.web.storefront.catalog.ListingUrls;

/**
 * "Add to cart" on the product page, at {@code POST /cart/add} ({@code cart-add.xhtml}, whose view action this is).
 * The product page is a stateless view (browsing opens no session), so its add-to-cart form is a plain form sent here
 * with {@code sku}, {@code quantity}, {@code slug} (the product, to go back to) and, for products with a choice of
 * variants, {@code variant}. It adds and goes back to the product page, which then says "Added to your cart" (a flash
 * attribute) or why not (a message). The SKU is checked by the service like any cart line.
 * <p>
 * The page's script sends the same form in the background ({@code Accept: application/json}, see catalog.js): then
 * the answer is a small JSON object instead of the product page shown again, {@code {"added": true, "message": ...,
 * "count": <items in the cart>, "label": <the cart link's label>}}, or {@code {"added": false, "message": ...}} with
 * status 422, and the page updates its cart link and says so in place.
 */
@Named
@RequestScoped
public class AddToCartAction {

    /** The flash attribute the product page shows its "added" note for. */
    public static final String ADDED = "addedToCart";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");

    @Inject
    ShopCart cart;

    public void add() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (!"POST".equals(request.getMethod())) {
            external.redirect(external.getRequestContextPath() + "/cart");
            return;
        }
        if (SameOrigin.refused(faces)) {
            return;
        }
        String sku = param(request, "sku");
        String slug = param(request, "slug");
        boolean variantChoice = param(request, "variant") != null;
        String back = slug != null && SLUG.matcher(slug).matches() && slug.length() <= 250
                ? ListingUrls.productPath(slug) + (variantChoice && sku != null && ID.matcher(sku).matches()
                        ? "?variant=" + sku : "")
                : "/cart";
        Integer quantity = quantity(param(request, "quantity"));
        String refusal = null;
        if (sku == null || !ID.matcher(sku).matches()) {
            refusal = Messages.app("cart.add.noVariant");
        } else if (quantity == null) {
            refusal = Messages.app("cart.quantity.invalid");
        } else {
            try {
                cart.add(Long.parseLong(sku), quantity);
            } catch (DomainException refused) {
                refusal = refused.getMessage();
            }
        }
        if (inPage(request)) {
            answer(external, refusal);
            faces.responseComplete();
            return;
        }
        if (refusal == null) {
            external.getFlash().put(ADDED, Boolean.TRUE);
        } else {
            Messages.error(refusal);
        }
        Messages.keepForRedirect();
        external.redirect(external.getRequestContextPath() + back);
    }

    /** Sent by the page's script, which takes a JSON answer. */
    private static boolean inPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    private void answer(ExternalContext external, String refusal) throws IOException {
        JsonObjectBuilder answer = Json.PROVIDER.createObjectBuilder().add("added", refusal == null);
        if (refusal == null) {
            int count = cart.itemCount();
            answer.add("message", Messages.app("product.added")).add("count", count)
                    .add("label", Messages.app("cart.badge", count));
        } else {
            answer.add("message", refusal);
            external.setResponseStatus(422);
        }
        external.setResponseContentType("application/json");
        external.setResponseCharacterEncoding("UTF-8");
        external.addResponseHeader("Cache-Control", "no-store");
        external.getResponseOutputWriter().write(answer.build().toString());
    }

    /** A quantity as typed: a whole number from 1 to 99, else null. */
    static Integer quantity(String typed) {
        if (typed == null || !typed.strip().matches("[0-9]{1,2}")) {
            return null;
        }
        int quantity = Integer.parseInt(typed.strip());
        return quantity >= 1 ? quantity : null;
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
