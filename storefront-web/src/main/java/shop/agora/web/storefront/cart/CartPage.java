package shop.agora.web.storefront.cart;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import shop.agora.core.order.CartLineView;
import shop.agora.core.order.CartView;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code cart.xhtml} ({@code /cart}): the cart's lines as the server prices them now, each with its
 * quantity to change and a button to remove it, and the way to checkout (closed while a line has a problem, such as
 * more items than are left). A quantity that is not a whole number from 1 to 99 gets a message next to it and changes
 * nothing.
 */
@Named
@ViewScoped
public class CartPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table of lines; its rows' inputs are {@code cart-lines:N:quantity} (the form does not prefix ids). */
    static final String TABLE = "cart-lines";

    @Inject
    ShopCart shopCart;

    private CartView cart;
    private final Map<Long, Integer> quantities = new HashMap<>();

    /** On opening the page. */
    public void load() {
        reload();
    }

    public void update(CartLineView line) {
        Integer quantity = quantities.get(line.skuId());
        String input = TABLE + ":" + row(line) + ":quantity";
        if (quantity == null || quantity < 1) {
            Messages.errorOn(input, Messages.app("cart.quantity.invalid"));
            return;
        }
        try {
            shopCart.change(line.skuId(), quantity);
        } catch (DomainException refused) {
            Messages.errorOn(input, refused.getMessage());
            return;
        }
        reload();
        Messages.info(Messages.app("cart.updated", line.productName()));
    }

    public void remove(CartLineView line) {
        shopCart.remove(line.skuId());
        reload();
        Messages.info(Messages.app("cart.removed", line.productName()));
    }

    private void reload() {
        cart = shopCart.view();
        quantities.clear();
        cart.lines().forEach(line -> quantities.put(line.skuId(), line.quantity()));
    }

    private int row(CartLineView line) {
        for (int i = 0; i < cart.lines().size(); i++) {
            if (cart.lines().get(i).skuId() == line.skuId()) {
                return i;
            }
        }
        return 0;
    }

    public CartView getCart() {
        return cart;
    }

    public Map<Long, Integer> getQuantities() {
        return quantities;
    }

    public boolean isCartEmpty() {
        return cart == null || cart.empty();
    }

    /** Checkout is open when there is something to buy and every line can be bought as it is. */
    public boolean isCheckoutOpen() {
        return !isCartEmpty() && !cart.hasProblems();
    }
}
