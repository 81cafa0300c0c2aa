package shop.agora.web.storefront.cart;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.web.common.faces.Messages;

/**
 * The cart link in the header of every page, with the number of items. Cheap: a visitor without a session (browsing
 * the catalog, whose pages open none) is counted from the cart cookie, without opening a session; a guest from the
 * session; a customer from the count the session remembers of their stored cart. Headers also render on error pages,
 * so a failure to count shows an empty cart instead of failing the page.
 */
@Named
@RequestScoped
public class CartBadge {

    private static final Logger LOG = Logger.getLogger(CartBadge.class.getName());

    @Inject
    HttpServletRequest request;

    @Inject
    ShopCart cart;

    private Integer count;

    public int getCount() {
        if (count == null) {
            count = count();
        }
        return count;
    }

    /** "Cart, 2 items", for screen readers and as the link's title. */
    public String getLabel() {
        return Messages.app("cart.badge", getCount());
    }

    private int count() {
        if (request.getSession(false) == null) {
            return GuestCartCookie.itemCount(request);
        }
        try {
            return cart.itemCount();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "Could not count the items of the cart for the page header", e);
            return 0;
        }
    }
}
