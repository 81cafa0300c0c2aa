package shop.agora.core.order.control;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.CartLineView;
import shop.agora.core.order.CartView;
import shop.agora.core.shared.NativeSql;

/**
 * Prices cart lines from the catalog (never from what the browser sent) and marks what cannot be ordered: a SKU
 * that no longer exists is dropped, a product no longer on sale or short of stock gets a problem sentence.
 */
public final class CartPricing {

    /** The most of one item a cart line holds. */
    public static final int MAX_QUANTITY = 99;

    private CartPricing() {
    }

    /** What the catalog says about a SKU. */
    public record SkuFacts(long skuId, long productId, long merchantId, String productName, String productSlug,
            String skuCode, String skuLabel, BigDecimal unitPrice, String currency, int weightGrams, boolean onSale,
            Long imageId) {
    }

    public static Map<Long, SkuFacts> facts(EntityManager em, List<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.product_id, s.merchant_id, p.name, p.slug, s.code, "
                        + "s.label, coalesce(s.price_override_amount, p.price_amount), p.price_currency, s.weight_grams, "
                        + "p.status = 'ACTIVE', (select pi.image_id from product_image pi where pi.product_id = p.id "
                        + "order by pi.position limit 1) from sku s join product p on p.id = s.product_id "
                        + "where s.id = any(cast(? as bigint[]))")
                .setParameter(1, NativeSql.bigints(skuIds))
                .getResultList();
        Map<Long, SkuFacts> facts = new HashMap<>();
        for (Object[] r : rows) {
            facts.put(((Number) r[0]).longValue(), new SkuFacts(((Number) r[0]).longValue(),
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6], (BigDecimal) r[7], ((String) r[8]).strip(),
                    ((Number) r[9]).intValue(), (Boolean) r[10], r[11] == null ? null : ((Number) r[11]).longValue()));
        }
        return facts;
    }

    public static CartView price(List<SkuQuantity> lines, Map<Long, SkuFacts> facts, Map<Long, Integer> available) {
        List<CartLineView> priced = new ArrayList<>();
        String currency = null;
        BigDecimal subtotal = BigDecimal.ZERO.setScale(2);
        int items = 0;
        for (SkuQuantity line : lines) {
            SkuFacts sku = facts.get(line.skuId());
            if (sku == null) {
                continue;
            }
            int units = available.getOrDefault(line.skuId(), 0);
            String problem = problem(sku, line.quantity(), units);
            if (currency == null) {
                currency = sku.currency();
            } else if (!currency.equals(sku.currency()) && problem == null) {
                problem = "Priced in " + sku.currency() + "; your cart is in " + currency
                        + ". Please order it separately.";
            }
            CartLineView view = new CartLineView(sku.skuId(), sku.productId(), sku.productName(), sku.productSlug(),
                    sku.skuCode(), sku.skuLabel(), sku.imageId(), sku.unitPrice(), sku.currency(), line.quantity(),
                    units, sku.weightGrams(), problem);
            priced.add(view);
            if (sku.currency().equals(currency)) {
                subtotal = subtotal.add(view.lineTotal());
                items += line.quantity();
            }
        }
        return new CartView(priced, currency == null ? "EUR" : currency, subtotal, items);
    }

    /** Why a line cannot be ordered as it is, or null. */
    public static String problem(SkuFacts sku, int quantity, int available) {
        if (!sku.onSale()) {
            return "No longer available.";
        }
        if (available <= 0) {
            return "Out of stock.";
        }
        if (quantity > available) {
            return "Only " + available + " left; please lower the quantity.";
        }
        return null;
    }

    /** The message for a quantity a customer typed, or null when it is one a cart line can hold. */
    public static String quantityProblem(int quantity) {
        if (quantity < 1) {
            return "Please enter a quantity of at least 1 (use Remove to take an item out).";
        }
        if (quantity > MAX_QUANTITY) {
            return "At most " + MAX_QUANTITY + " of one item per order.";
        }
        return null;
    }
}
