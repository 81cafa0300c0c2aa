package shop.agora.core.inventory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * A merchant's view of its stock: its SKUs with their levels, one product's stock per variant and warehouse, the
 * ledger, low-stock thresholds and adjustments. Every method works on the signed-in merchant's own SKUs only.
 */
@Stateless
@RolesAllowed(Role.Names.MERCHANT)
public class MerchantStock {

    /** The reasons a merchant can give for an adjustment; the page offers them, the ledger keeps the text. */
    public static final List<String> REASONS = List.of("Stock count", "Damaged", "Lost or stolen", "Found",
            "Returned to stock", "Opening stock", "Other");

    static final String NOT_YOURS = "There is no such product in your shop.";

    @PersistenceContext
    EntityManager em;

    @EJB
    StockManagement stock;

    @EJB
    Warehouses warehouses;

    @Resource
    EJBContext context;

    public StockRows skus(@NotNull StockQuery query) {
        long merchant = merchantId();
        StringBuilder where = new StringBuilder(" where s.merchant_id = ?1");
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (p.name ilike ?2 or s.code ilike ?2)");
        }
        String totals = "select s.id, s.product_id, p.name, s.code, s.label, coalesce(sum(l.on_hand), 0) on_hand, "
                + "coalesce(sum(l.held), 0) held, sp.low_stock_threshold threshold, "
                + "exists (select 1 from low_stock_alert a where a.sku_id = s.id and a.status = 'OPEN') alert "
                + "from sku s join product p on p.id = s.product_id "
                + "left join stock_level l on l.sku_id = s.id left join stock_policy sp on sp.sku_id = s.id"
                + where + " group by s.id, p.name, sp.low_stock_threshold";
        String filtered = "select * from (" + totals + ") t"
                + (query.lowOnly() ? " where t.on_hand - t.held <= coalesce(t.threshold, 0)" : "");
        String order = switch (query.sort() == null ? "" : query.sort()) {
            case "code" -> "t.code";
            case "available" -> "t.on_hand - t.held";
            case "onHand" -> "t.on_hand";
            default -> "t.name";
        } + (query.ascending() ? " asc" : " desc") + ", t.id";
        var count = em.createNativeQuery("select count(*) from (" + filtered + ") c").setParameter(1, merchant);
        var page = em.createNativeQuery(filtered + " order by " + order + " offset ?3 limit ?4")
                .setParameter(1, merchant).setParameter(3, query.first()).setParameter(4, query.max());
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            count.setParameter(2, like);
            page.setParameter(2, like);
        }
        List<SkuStockRow> rows = new ArrayList<>();
        for (Object row : page.getResultList()) {
            Object[] r = (Object[]) row;
            int onHand = ((Number) r[5]).intValue();
            int held = ((Number) r[6]).intValue();
            rows.add(new SkuStockRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3], (String) r[4], onHand, held, onHand - held,
                    r[7] == null ? null : ((Number) r[7]).intValue(), (Boolean) r[8]));
        }
        return new StockRows(rows, ((Number) count.getSingleResult()).longValue());
    }

    /** One of the merchant's products: each variant in each warehouse. */
    public ProductStock product(long productId) {
        Object[] product = ownProduct(productId);
        List<WarehouseView> all = warehouses.warehouses();
        @SuppressWarnings("unchecked")
        List<Object[]> skus = em.createNativeQuery("select s.id, s.code, s.label, sp.low_stock_threshold from sku s "
                        + "left join stock_policy sp on sp.sku_id = s.id where s.product_id = ? order by s.position")
                .setParameter(1, productId).getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> levels = em.createNativeQuery("select l.sku_id, l.warehouse_id, l.on_hand, l.held, l.version "
                        + "from stock_level l join sku s on s.id = l.sku_id where s.product_id = ?")
                .setParameter(1, productId).getResultList();
        Map<String, StockLevel> byKey = new HashMap<>();
        for (Object[] l : levels) {
            StockLevel level = new StockLevel(((Number) l[0]).longValue(), ((Number) l[1]).longValue(),
                    ((Number) l[2]).intValue(), ((Number) l[3]).intValue(), ((Number) l[4]).longValue());
            byKey.put(level.skuId() + "/" + level.warehouseId(), level);
        }
        List<ProductStock.VariantStock> variants = new ArrayList<>();
        for (Object[] s : skus) {
            long skuId = ((Number) s[0]).longValue();
            variants.add(new ProductStock.VariantStock(skuId, (String) s[1], (String) s[2],
                    s[3] == null ? null : ((Number) s[3]).intValue(),
                    all.stream().map(w -> byKey.getOrDefault(skuId + "/" + w.id(),
                            new StockLevel(skuId, w.id(), 0, 0, 0))).toList()));
        }
        return new ProductStock(productId, (String) product[0], (String) product[1], all, variants);
    }

    /** The ledger of one product's SKUs, newest first. */
    public MovementPage movements(long productId, int first, int max) {
        ownProduct(productId);
        String from = " from stock_movement m join sku s on s.id = m.sku_id join warehouse w on w.id = m.warehouse_id "
                + "where s.product_id = ?1";
        long total = ((Number) em.createNativeQuery("select count(*)" + from).setParameter(1, productId)
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.created_at, s.code, w.code, m.kind, "
                        + "m.on_hand_delta, m.held_delta, m.reason, m.reference, m.actor" + from
                        + " order by m.id desc offset ?2 limit ?3")
                .setParameter(1, productId).setParameter(2, Math.max(0, first))
                .setParameter(3, Math.max(1, Math.min(200, max))).getResultList();
        return new MovementPage(rows.stream().map(r -> new MovementView(((Number) r[0]).longValue(), NativeSql.instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(),
                (String) r[7], (String) r[8], (String) r[9])).toList(), total);
    }

    /** Sets (or with null removes) the SKU's low-stock threshold, which the daily check uses as reorder point. */
    public void setThreshold(long skuId, Integer threshold) {
        ownSku(skuId);
        if (threshold != null && (threshold < 0 || threshold > 1_000_000)) {
            throw new DomainException("A threshold is a whole number from 0 to 1,000,000.");
        }
        em.createNativeQuery("insert into stock_policy (sku_id, low_stock_threshold) values (?, ?) "
                        + "on conflict (sku_id) do update set low_stock_threshold = excluded.low_stock_threshold")
                .setParameter(1, skuId).setParameter(2, threshold).executeUpdate();
    }

    /**
     * Adds ({@code delta} > 0) or removes units of a SKU in a warehouse, with a reason from {@link #REASONS} and an
     * optional note; see {@link StockManagement#adjust} for the rules.
     */
    public void adjust(long skuId, long warehouseId, int delta, @NotBlank String reason, String note,
            long expectedVersion) {
        ownSku(skuId);
        if (!REASONS.contains(reason)) {
            throw new DomainException("Please choose a reason for the adjustment.");
        }
        String text = note == null || note.isBlank() ? reason : reason + ": " + note.strip();
        if (text.length() > 200) {
            throw new DomainException("The note is too long; keep it under 180 characters.");
        }
        stock.adjust(skuId, warehouseId, delta, text, expectedVersion);
    }

    /** The merchant's open low-stock alerts, for the dashboard. */
    public List<AlertView> alerts() {
        return Replenishment.alertViews(em, " and s.merchant_id = ?1 and a.status = 'OPEN'", merchantId(), 50);
    }

    private Object[] ownProduct(long productId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select name, slug from product where id = ? and merchant_id = ?")
                .setParameter(1, productId).setParameter(2, merchantId()).getResultList();
        if (rows.isEmpty()) {
            throw new DomainException(NOT_YOURS);
        }
        return rows.get(0);
    }

    private void ownSku(long skuId) {
        if (em.createNativeQuery("select 1 from sku where id = ? and merchant_id = ?").setParameter(1, skuId)
                .setParameter(2, merchantId()).getResultList().isEmpty()) {
            throw new DomainException("There is no such variant in your shop.");
        }
    }

    private long merchantId() {
        return em.createQuery("select a.merchant.id from Account a where a.email = :email", Long.class)
                .setParameter("email", context.getCallerPrincipal().getName().toLowerCase(Locale.ROOT))
                .getSingleResult();
    }

}
