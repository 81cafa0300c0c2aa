package shop.agora.web.storefront.checkout;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.order.PlacedOrder;

/**
 * The orders this session placed, by checkout token: the payment page says until when their items are held, and an
 * order page of this session can offer "Pay now" (paying needs the token, which only this session knows). Keeps the
 * last few; nothing about cards.
 */
@SessionScoped
public class CheckoutFlow implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 20;

    private final Map<UUID, PlacedOrder> placed = new LinkedHashMap<>();

    public synchronized void remember(PlacedOrder order) {
        placed.remove(order.checkoutToken());
        placed.put(order.checkoutToken(), order);
        while (placed.size() > KEPT) {
            placed.remove(placed.keySet().iterator().next());
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
