package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.order.control.CartPricing;
import shop.agora.core.shared.DomainException;

/**
 * The cart. A guest's cart lives in the web session and is priced here ({@link #price}); a signed-in customer's
 * cart is stored (table {@code cart}) and survives sign-out; at sign-in the guest cart merges into it. Prices and
 * availability always come from the server; every change checks the quantity and the stock.
 */
@Stateless
@RolesAllowed(Role.Names.CUSTOMER)
public class CartService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StockManagement stock;

    @Resource
    EJBContext context;

    /** Prices lines the browser holds (a guest's cart), from the catalog and the stock. */
    @PermitAll
    public CartView price(@NotNull List<SkuQuantity> lines) {
        List<SkuQuantity> merged = SkuQuantities.merged(lines);
        List<Long> ids = merged.stream().map(SkuQuantity::skuId).toList();
        return CartPricing.price(merged, CartPricing.facts(em, ids), stock.available(ids));
    }

    /**
     * Refuses, with a message for the customer, a quantity that cannot go into a cart: below 1, above 99, a product
     * not on sale, or more than is available now (counting what the cart already holds: {@code inCart}).
     */
    @PermitAll
    public void checkAddable(long skuId, int quantity, int inCart) {
        String problem = CartPricing.quantityProblem(quantity);
        if (problem == null && quantity + inCart > CartPricing.MAX_QUANTITY) {
            problem = "Your cart already holds " + inCart + "; at most " + CartPricing.MAX_QUANTITY
                    + " of one item per order.";
        }
        if (problem != null) {
            throw new DomainException(problem);
        }
        CartPricing.SkuFacts sku = CartPricing.facts(em, List.of(skuId)).get(skuId);
        if (sku == null || !sku.onSale()) {
            throw new DomainException("This item is not for sale.");
        }
        int available = stock.available(List.of(skuId)).get(skuId);
        if (available <= 0) {
            throw new DomainException(sku.productName() + " (" + sku.skuLabel() + ") is out of stock.");
        }
        if (quantity + inCart > available) {
            throw new DomainException("Only " + available + " of " + sku.productName() + " (" + sku.skuLabel()
                    + ") are available" + (inCart > 0 ? "; your cart already holds " + inCart : "") + ".");
        }
    }

    /** The signed-in customer's stored cart. */
    public CartView myCart() {
        return price(lines(cartId()));
    }

    public CartView add(long skuId, int quantity) {
        long cart = cartId();
        int inCart = lines(cart).stream().filter(l -> l.skuId() == skuId).mapToInt(SkuQuantity::quantity).sum();
        checkAddable(skuId, quantity, inCart);
        upsert(cart, skuId, inCart + quantity);
        return myCart();
    }

    /** Sets a line's quantity (1 to 99, at most what is available). */
    public CartView change(long skuId, int quantity) {
        long cart = cartId();
        checkAddable(skuId, quantity, 0);
        if (em.createNativeQuery("update cart_line set quantity = ? where cart_id = ? and sku_id = ?")
                .setParameter(1, quantity).setParameter(2, cart).setParameter(3, skuId).executeUpdate() == 0) {
            throw new DomainException("This item is no longer in your cart.");
        }
        touch(cart);
        return myCart();
    }

    public CartView remove(long skuId) {
        long cart = cartId();
        em.createNativeQuery("delete from cart_line where cart_id = ? and sku_id = ?").setParameter(1, cart)
                .setParameter(2, skuId).executeUpdate();
        touch(cart);
        return myCart();
    }

    /**
     * Adds a guest cart's lines to the stored cart at sign-in: quantities of the same item add up, capped at 99 and
     * at what is available; items that cannot be bought any more are left out. Returns the merged cart.
     */
    public CartView merge(@NotNull List<SkuQuantity> guestLines) {
        long cart = cartId();
        Map<Long, Integer> wanted = new LinkedHashMap<>();
        lines(cart).forEach(l -> wanted.merge(l.skuId(), l.quantity(), Integer::sum));
        SkuQuantities.merged(guestLines).forEach(l -> wanted.merge(l.skuId(), l.quantity(), Integer::sum));
        Map<Long, Integer> available = stock.available(new ArrayList<>(wanted.keySet()));
        Map<Long, CartPricing.SkuFacts> facts = CartPricing.facts(em, new ArrayList<>(wanted.keySet()));
        for (SkuQuantity guest : SkuQuantities.merged(guestLines)) {
            CartPricing.SkuFacts sku = facts.get(guest.skuId());
            int units = available.getOrDefault(guest.skuId(), 0);
            if (sku == null || !sku.onSale() || units <= 0) {
                continue;
            }
            int quantity = Math.min(Math.min(wanted.get(guest.skuId()), CartPricing.MAX_QUANTITY), units);
            upsert(cart, guest.skuId(), quantity);
        }
        return myCart();
    }

    /** Takes ordered items out of the stored cart (after an order was placed). */
    public void removeOrdered(@NotNull List<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return;
        }
        long cart = cartId();
        for (long sku : skuIds) {
            em.createNativeQuery("delete from cart_line where cart_id = ? and sku_id = ?").setParameter(1, cart)
                    .setParameter(2, sku).executeUpdate();
        }
        touch(cart);
    }

    private void upsert(long cart, long skuId, int quantity) {
        em.createNativeQuery("insert into cart_line (cart_id, sku_id, quantity, added_at) values (?, ?, ?, ?) "
                        + "on conflict (cart_id, sku_id) do update set quantity = excluded.quantity")
                .setParameter(1, cart).setParameter(2, skuId).setParameter(3, quantity)
                .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        touch(cart);
    }

    private void touch(long cart) {
        em.createNativeQuery("update cart set updated_at = ? where id = ?")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, cart).executeUpdate();
    }

    private List<SkuQuantity> lines(long cart) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sku_id, quantity from cart_line where cart_id = ? "
                + "order by added_at, sku_id").setParameter(1, cart).getResultList();
        return rows.stream().map(r -> new SkuQuantity(((Number) r[0]).longValue(), ((Number) r[1]).intValue()))
                .toList();
    }

    /** The caller's cart, created on first use. */
    private long cartId() {
        long account = Accounts.callerId(em, context);
        em.createNativeQuery("insert into cart (account_id, updated_at) values (?, ?) on conflict (account_id) "
                + "do nothing").setParameter(1, account).setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        return ((Number) em.createNativeQuery("select id from cart where account_id = ?").setParameter(1, account)
                .getSingleResult()).longValue();
    }
}
