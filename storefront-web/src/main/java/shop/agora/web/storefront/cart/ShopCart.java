package shop.agora.web.storefront.cart;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.CartLineView;
import shop.agora.core.order.CartService;
import shop.agora.core.order.CartView;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.session.SessionLife;
import shop.agora.web.storefront.ShopTexts;

/**
 * The visitor's cart, whoever they are: a guest's lives in the session ({@link CartSession}, copied to a cookie by
 * {@link GuestCartCookie}), a signed-in customer's is stored by {@link CartService}. Pages use this and never ask
 * which one it is. Every change is checked by the service (quantity 1 to 99, on sale, in stock); refusals are
 * {@link DomainException}s with a message for the customer.
 */
@RequestScoped
public class ShopCart {

    private static final Logger LOG = Logger.getLogger(ShopCart.class.getName());

    @EJB
    CartService carts;

    @Inject
    CartSession session;

    @Inject
    HttpServletRequest request;

    public boolean isCustomer() {
        return request.isUserInRole(Role.Names.CUSTOMER);
    }

    /** The cart as the server prices it now. */
    public CartView view() {
        if (isCustomer()) {
            CartView cart = carts.myCart();
            session.storedItemCount(cart.itemCount());
            return cart;
        }
        List<SkuQuantity> lines = guestLines();
        CartView cart = carts.price(lines);
        if (cart.lines().size() < lines.size()) {
            // items that no longer exist are left out by the service: forget them here too
            Set<Long> priced = cart.lines().stream().map(CartLineView::skuId).collect(Collectors.toSet());
            lines.stream().filter(line -> !priced.contains(line.skuId())).forEach(line -> session.remove(line.skuId()));
            saveGuestLines();
        }
        return cart;
    }

    /** The lines to check out: SKU and quantity of every line. */
    public List<SkuQuantity> lines() {
        if (!isCustomer()) {
            return guestLines();
        }
        return view().lines().stream().map(l -> new SkuQuantity(l.skuId(), l.quantity())).toList();
    }

    /**
     * Adds items (to a line of the same item, if there is one); a guest's cart cookie goes into {@code response}
     * (the add-to-cart answer is not always a Faces response).
     */
    public void add(long skuId, int quantity, HttpServletResponse response) {
        if (isCustomer()) {
            session.storedItemCount(carts.add(skuId, quantity).itemCount());
            return;
        }
        restoreGuestLines();
        if (!session.holds(skuId) && session.lineCount() >= GuestCartCookie.MAX_LINES) {
            throw new DomainException(ShopTexts.get("cart.full", GuestCartCookie.MAX_LINES));
        }
        int inCart = session.quantityOf(skuId);
        carts.checkAddable(skuId, quantity, inCart);
        session.put(skuId, inCart + quantity);
        saveGuestLines(response);
    }

    /** Sets the quantity of a line. */
    public void change(long skuId, int quantity) {
        if (isCustomer()) {
            session.storedItemCount(carts.change(skuId, quantity).itemCount());
            return;
        }
        restoreGuestLines();
        if (!session.holds(skuId)) {
            throw new DomainException(Messages.app("cart.lineGone"));
        }
        carts.checkAddable(skuId, quantity, 0);
        session.put(skuId, quantity);
        saveGuestLines();
    }

    public void remove(long skuId) {
        if (isCustomer()) {
            session.storedItemCount(carts.remove(skuId).itemCount());
            return;
        }
        restoreGuestLines();
        session.remove(skuId);
        saveGuestLines();
    }

    /** After an order was placed: a guest's cart is emptied; the service took the ordered items out of a stored cart. */
    public void ordered() {
        if (isCustomer()) {
            session.storedItemCount(null);
            return;
        }
        session.clearGuestLines();
        saveGuestLines();
    }

    /** The number of items, for the header. Reads the stored cart once per session, then after each change. */
    public int itemCount() {
        if (!isCustomer()) {
            restoreGuestLines();
            return session.guestItemCount();
        }
        Integer count = session.storedItemCount();
        return count != null ? count : view().itemCount();
    }

    /**
     * Right after sign-in: what the visitor put in the cart as a guest goes into their stored cart (quantities add up,
     * capped by the service), and the guest cart is emptied. Does nothing for guests or when there is nothing to merge.
     * A failure leaves the guest cart as it is, for the next request to try again.
     */
    public void mergeGuestCart() {
        if (!isCustomer()) {
            return;
        }
        List<SkuQuantity> guest = guestLines();
        if (guest.isEmpty()) {
            return;
        }
        try {
            session.storedItemCount(carts.merge(guest).itemCount());
        } catch (EJBException | DomainException e) {
            LOG.log(Level.WARNING, "Could not merge the guest cart of " + request.getRemoteUser(), e);
            return;
        }
        session.clearGuestLines();
        saveGuestLines();
        Messages.info(Messages.app("cart.merged"));
    }

    private List<SkuQuantity> guestLines() {
        restoreGuestLines();
        return session.guestLines();
    }

    private void restoreGuestLines() {
        session.restore(() -> GuestCartCookie.read(request));
    }

    private void saveGuestLines() {
        saveGuestLines((HttpServletResponse) FacesContext.getCurrentInstance().getExternalContext().getResponse());
    }

    private void saveGuestLines(HttpServletResponse response) {
        GuestCartCookie.write(request, response, session.guestLines());
        if (session.lineCount() > 0) {
            SessionLife.keep(request); // a session with a cart lives the full time
        }
    }
}
