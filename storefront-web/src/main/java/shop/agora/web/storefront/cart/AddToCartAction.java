package shop.agora.web.storefront.cart;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.security.SameOrigin;
import shop.agora.web.storefront.catalog.ListingUrls;

/**
 * "Add to cart" on the product page, at {@code POST /cart/add} ({@code cart-add.xhtml}, whose view action this is).
 * The product page is a stateless view (browsing opens no session), so its add-to-cart form is a plain form sent here
 * with {@code sku}, {@code quantity}, {@code slug} (the product, to go back to) and, for products with a choice of
 * variants, {@code variant}. It adds and goes back to the product page, which then says "Added to your cart" (a flash
 * attribute) or why not (a message). The SKU is checked by the service like any cart line.
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
        if (sku == null || !ID.matcher(sku).matches()) {
            Messages.error(Messages.app("cart.add.noVariant"));
        } else if (quantity == null) {
            Messages.error(Messages.app("cart.quantity.invalid"));
        } else {
            try {
                cart.add(Long.parseLong(sku), quantity);
                external.getFlash().put(ADDED, Boolean.TRUE);
            } catch (DomainException refused) {
                Messages.error(refused.getMessage());
            }
        }
        Messages.keepForRedirect();
        external.redirect(external.getRequestContextPath() + back);
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
