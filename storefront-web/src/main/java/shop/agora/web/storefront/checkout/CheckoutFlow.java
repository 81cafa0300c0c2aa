package shop.agora.web.storefront.checkout;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.order.PlacedOrder;
import shop.agora.web.common.session.SessionLife;
import shop.agora.web.storefront.cart.ShopCart;

/**
 * The orders this session placed, by checkout token: the payment page says until when their items are held, and an
 * order page of this session can offer "Pay now" (paying needs the token, which only this session knows). Keeps the
 * last few, and why the payment that came with placing one failed (for its payment page); nothing about cards.
 */
@SessionScoped
public class CheckoutFlow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 20;

    private final Map<UUID, PlacedOrder> placed = new LinkedHashMap<>();
    private final Map<UUID, String> failures = new LinkedHashMap<>();

    public synchronized void remember(PlacedOrder order) {
        placed.remove(order.checkoutToken());
        placed.put(order.checkoutToken(), order);
        while (placed.size() > KEPT) {
            UUID oldest = placed.keySet().iterator().next();
            placed.remove(oldest);
            failures.remove(oldest);
        }
    }

    /** The payment made as the order was placed failed, for this reason: its payment page says so, once. */
    public synchronized void paymentFailed(UUID checkoutToken, String why) {
        if (placed.containsKey(checkoutToken)) {
            failures.put(checkoutToken, why);
        }
    }

    /** Why the payment made as this order was placed failed, once; empty when it did not (or was said already). */
    public synchronized Optional<String> takeFailure(UUID checkoutToken) {
        return Optional.ofNullable(failures.remove(checkoutToken));
    }

    /**
     * After a payment went through: a guest whose cart is empty keeps nothing more in the session (the confirmation
     * page is opened by the order's token, tracking by number and email), so it ends soon.
     */
    public static void paid(ShopCart cart) {
        if (!cart.isCustomer() && cart.itemCount() == 0) {
            SessionLife.brief((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        }
    }

    public synchronized Optional<PlacedOrder> placed(UUID checkoutToken) {
        return Optional.ofNullable(placed.get(checkoutToken));
    }

    /** The checkout token of an order this session placed, by the order's number. */
    public synchronized Optional<UUID> tokenOf(String orderNumber) {
        return placed.values().stream().filter(o -> o.number().equals(orderNumber))
                .map(PlacedOrder::checkoutToken).findFirst();
    }

    /** The payment page of an order this session placed, or null (an order of another session cannot be paid here). */
    public String payHref(String contextPath, String orderNumber) {
        return tokenOf(orderNumber).map(token -> contextPath + "/checkout/pay?order=" + token).orElse(null);
    }
}
