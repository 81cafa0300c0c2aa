package shop.agora.web.storefront.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.security.SameOrigin;
import shop.agora.web.storefront.Json;
import shop.agora.web.storefront.ShopTexts;
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
 * status 422, and the page updates its cart link and says so in place. {@link AddToCartFilter} answers those before
 * Faces is involved; this action answers them too when sent straight to {@code cart-add.xhtml}.
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
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        if (!"POST".equals(request.getMethod())) {
            external.redirect(external.getRequestContextPath() + "/cart");
            return;
        }
        if (SameOrigin.refused(faces)) {
            return;
        }
        String refusal = add(request, response, cart);
        if (inPage(request)) {
            answer(response, cart, refusal);
            faces.responseComplete();
            return;
        }
        if (refusal == null) {
            external.getFlash().put(ADDED, Boolean.TRUE);
        } else {
            Messages.error(refusal);
        }
        Messages.keepForRedirect();
        external.redirect(external.getRequestContextPath() + back(request));
    }

    /** Adds what the form asks for; null when added, else why not (for the customer). */
    static String add(HttpServletRequest request, HttpServletResponse response, ShopCart cart) {
        String sku = param(request, "sku");
        Integer quantity = quantity(param(request, "quantity"));
        if (sku == null || !ID.matcher(sku).matches()) {
            return ShopTexts.get("cart.add.noVariant");
        }
        if (quantity == null) {
            return ShopTexts.get("cart.quantity.invalid");
        }
        try {
            cart.add(Long.parseLong(sku), quantity, response);
            return null;
        } catch (DomainException refused) {
            return refused.getMessage();
        }
    }

    /** The product page the form came from (with the variant chosen, if the product has a choice), else the cart. */
    private static String back(HttpServletRequest request) {
        String sku = param(request, "sku");
        String slug = param(request, "slug");
        boolean variantChoice = param(request, "variant") != null;
        return slug != null && SLUG.matcher(slug).matches() && slug.length() <= 250
                ? ListingUrls.productPath(slug) + (variantChoice && sku != null && ID.matcher(sku).matches()
                        ? "?variant=" + sku : "")
                : "/cart";
    }

    /** Sent by the page's script, which takes a JSON answer. */
    static boolean inPage(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith("application/json");
    }

    /** The JSON answer for the page's script. */
    static void answer(HttpServletResponse response, ShopCart cart, String refusal) throws IOException {
        JsonObjectBuilder answer = Json.PROVIDER.createObjectBuilder().add("added", refusal == null);
        if (refusal == null) {
            int count = cart.itemCount();
            answer.add("message", ShopTexts.get("product.added")).add("count", count)
                    .add("label", ShopTexts.get("cart.badge", count));
        } else {
            answer.add("message", refusal);
            response.setStatus(422);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(answer.build().toString());
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
