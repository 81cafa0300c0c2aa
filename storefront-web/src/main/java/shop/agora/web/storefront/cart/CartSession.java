package shop.agora.web.storefront.cart;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import shop.agora.core.inventory.SkuQuantity;

/**
 * What the cart keeps in the session: a guest's lines (SKU and quantity, in the order added; prices always come from
 * the server), and for a signed-in customer the number of items of their stored cart, so the header does not price the
 * cart on every page. Use it through {@link ShopCart}.
 */
@SessionScoped
public class CartSession implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Integer> guestLines = new LinkedHashMap<>();
    private boolean restored;
    private Integer storedItemCount;

    public synchronized List<SkuQuantity> guestLines() {
        List<SkuQuantity> lines = new ArrayList<>();
        guestLines.forEach((sku, quantity) -> lines.add(new SkuQuantity(sku, quantity)));
        return lines;
    }

    public synchronized int quantityOf(long skuId) {
        return guestLines.getOrDefault(skuId, 0);
    }

    public synchronized boolean holds(long skuId) {
        return guestLines.containsKey(skuId);
    }

    public synchronized int lineCount() {
        return guestLines.size();
    }

    public synchronized int guestItemCount() {
        return guestLines.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Sets the quantity of a line (at least 1: the caller has checked it), adding the line when it is new. */
    public synchronized void put(long skuId, int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("A cart line has at least 1 item, not " + quantity);
        }
        guestLines.put(skuId, quantity);
    }

    public synchronized void remove(long skuId) {
        guestLines.remove(skuId);
    }

    public synchronized void clearGuestLines() {
        guestLines.clear();
    }

    /**
     * Takes the lines kept outside the session (the cart cookie, read only then), once per session and only into an
     * empty cart.
     */
    public synchronized void restore(Supplier<List<SkuQuantity>> kept) {
        if (restored) {
            return;
        }
        restored = true;
        if (guestLines.isEmpty()) {
            kept.get().forEach(line -> guestLines.put(line.skuId(), line.quantity()));
        }
    }

    /** The item count of the customer's stored cart as last seen; null when it has to be read again. */
    public synchronized Integer storedItemCount() {
        return storedItemCount;
    }

    public synchronized void storedItemCount(Integer count) {
        this.storedItemCount = count;
    }
}
