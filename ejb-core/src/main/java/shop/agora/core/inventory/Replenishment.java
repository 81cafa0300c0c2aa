package shop.agora.core.inventory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.LowStockAlerted;
import shop.agora.core.events.ReplenishmentOrdered;
import shop.agora.core.events.StockUpdated;
import shop.agora.core.inventory.control.ReorderPolicy;
import shop.agora.core.inventory.entity.LowStockAlert;
import shop.agora.core.inventory.entity.PurchaseOrder;
import shop.agora.core.inventory.entity.PurchaseOrderLine;
import shop.agora.core.inventory.entity.PurchaseOrderStatus;
import shop.agora.core.inventory.entity.Supplier;
import shop.agora.core.inventory.entity.Warehouse;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * The replenishment cycle: the low-stock check raises alerts ("Low Stock Alert"), an admin approves one and a
 * numbered purchase order goes to a supplier ("Replenishment Ordered"), the warehouse receives it, fully or in
 * parts, which raises on-hand stock ("Stock Updated", on which the catalog shows the products in stock again).
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Replenishment {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StockManagement stock;

    @Inject
    EventPublisher events;

    @Resource
    EJBContext context;

    @Inject
    @ConfigProperty(name = "agora.inventory.lead-time-days", defaultValue = "7")
    int defaultLeadTimeDays;

    @Inject
    @ConfigProperty(name = "agora.inventory.minimum-order", defaultValue = "10")
    int minimumOrder;

    /** The check an admin starts with "Run now". */
    public CheckReport runCheck() {
        return check("MANUAL");
    }

    /** The daily check of the timer. */
    @RolesAllowed(Role.Names.SYSTEM)
    public CheckReport runScheduledCheck() {
        return check("SCHEDULE");
    }

    /**
     * Looks at every stocked SKU of an active product (or one with a threshold) and raises an alert for each one at
     * or below its reorder point that has no open alert yet; see {@link ReorderPolicy} for the arithmetic.
     */
    private CheckReport check(String trigger) {
        Instant started = clock.instant();
        ReorderPolicy policy = new ReorderPolicy(minimumOrder);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with sold as (select sku_id, sum(-on_hand_delta) units "
                        + "from stock_movement where kind in ('SALE', 'RETURN') and created_at >= ?1 group by sku_id), "
                        + "on_order as (select l.sku_id, sum(l.quantity_ordered - l.quantity_received) units "
                        + "from purchase_order_line l join purchase_order o on o.id = l.purchase_order_id "
                        + "where o.status in ('ORDERED', 'PARTIALLY_RECEIVED') group by l.sku_id), "
                        + "levels as (select sku_id, sum(on_hand - held) available from stock_level group by sku_id) "
                        + "select s.id, coalesce(lv.available, 0), coalesce(oo.units, 0), sp.low_stock_threshold, "
                        + "coalesce(so.units, 0), coalesce(su.lead_time_days, ?2), "
                        + "exists (select 1 from low_stock_alert a where a.sku_id = s.id and a.status = 'OPEN'), "
                        + "s.code, p.name, s.merchant_id "
                        + "from sku s join product p on p.id = s.product_id and p.status = 'ACTIVE' "
                        + "left join levels lv on lv.sku_id = s.id left join stock_policy sp on sp.sku_id = s.id "
                        + "left join supplier su on su.id = sp.supplier_id left join sold so on so.sku_id = s.id "
                        + "left join on_order oo on oo.sku_id = s.id "
                        + "where lv.sku_id is not null or sp.low_stock_threshold is not null")
                .setParameter(1, started.minus(java.time.Duration.ofDays(ReorderPolicy.VELOCITY_DAYS))
                        .atOffset(ZoneOffset.UTC))
                .setParameter(2, defaultLeadTimeDays)
                .getResultList();
        long checkId = ((Number) em.createNativeQuery("insert into stock_check (trigger, started_by, started_at, "
                        + "finished_at, skus_checked, alerts_raised) values (?, ?, ?, ?, ?, 0) returning id")
                .setParameter(1, trigger).setParameter(2, caller()).setParameter(3, started.atOffset(ZoneOffset.UTC))
                .setParameter(4, started.atOffset(ZoneOffset.UTC)).setParameter(5, rows.size())
                .getSingleResult()).longValue();
        int raised = 0;
        for (Object[] r : rows) {
            if ((Boolean) r[6]) {
                continue;
            }
            int available = ((Number) r[1]).intValue();
            int onOrder = ((Number) r[2]).intValue();
            Integer threshold = r[3] == null ? null : ((Number) r[3]).intValue();
            int sold = ((Number) r[4]).intValue();
            int leadTime = ((Number) r[5]).intValue();
            ReorderPolicy.Decision decision = policy.decide(available, onOrder, threshold, sold, leadTime);
            if (!decision.low()) {
                continue;
            }
            long skuId = ((Number) r[0]).longValue();
            Object alertId = em.createNativeQuery("insert into low_stock_alert (sku_id, stock_check_id, available, "
                            + "on_order, reorder_point, basis, sold_last_30_days, lead_time_days, suggested_quantity, "
                            + "status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) "
                            + "on conflict do nothing returning id")
                    .setParameter(1, skuId).setParameter(2, checkId).setParameter(3, available)
                    .setParameter(4, onOrder).setParameter(5, decision.reorderPoint())
                    .setParameter(6, decision.basis().name()).setParameter(7, Math.max(0, sold))
                    .setParameter(8, leadTime).setParameter(9, decision.suggestedQuantity())
                    .setParameter(10, started.atOffset(ZoneOffset.UTC))
                    .getResultList().stream().findFirst().orElse(null);
            if (alertId == null) {
                continue; // a concurrent check alerted first
            }
            raised++;
            events.publish(Destinations.LOW_STOCK_ALERT, new LowStockAlerted(UUID.randomUUID(), started,
                    ((Number) alertId).longValue(), skuId, (String) r[7], (String) r[8],
                    ((Number) r[9]).longValue(), available, decision.reorderPoint(),
                    decision.suggestedQuantity()));
        }
        Instant finished = clock.instant();
        em.createNativeQuery("update stock_check set finished_at = ?, alerts_raised = ? where id = ?")
                .setParameter(1, finished.atOffset(ZoneOffset.UTC)).setParameter(2, raised).setParameter(3, checkId)
                .executeUpdate();
        return new CheckReport(checkId, trigger, caller(), started, finished, rows.size(), raised);
    }

    /** The last run of the check, if any. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MERCHANT})
    public Optional<CheckReport> lastCheck() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, trigger, started_by, started_at, finished_at, "
                + "skus_checked, alerts_raised from stock_check order by id desc limit 1").getResultList();
        return rows.stream().findFirst().map(r -> new CheckReport(((Number) r[0]).longValue(), (String) r[1],
                (String) r[2], NativeSql.instant(r[3]), NativeSql.instant(r[4]), ((Number) r[5]).intValue(),
                ((Number) r[6]).intValue()));
    }

    /** Alerts with the given status (OPEN, ORDERED, DISMISSED), newest first, at most {@code max}. */
    public List<AlertView> alerts(@NotNull LowStockAlert.Status status, int max) {
        return alertViews(em, " and a.status = ?1", status.name(), Math.max(1, Math.min(500, max)));
    }

    public long openAlertCount() {
        return ((Number) em.createNativeQuery("select count(*) from low_stock_alert where status = 'OPEN'")
                .getSingleResult()).longValue();
    }

    /**
     * Approves an alert: a numbered purchase order for the quantity, supplier, warehouse and date the admin
     * confirmed. The supplier becomes the SKU's usual supplier (its lead time counts from now on).
     */
    public PurchaseOrderSummary approve(long alertId, @NotNull @Valid ApprovalForm form) {
        LowStockAlert alert = em.find(LowStockAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw new DomainException("There is no such alert.");
        }
        Supplier supplier = em.find(Supplier.class, form.supplierId());
        Warehouse warehouse = em.find(Warehouse.class, form.warehouseId());
        if (supplier == null || warehouse == null) {
            throw new DomainException("The chosen supplier or warehouse no longer exists; please choose again.");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (form.expectedOn().isBefore(today)) {
            throw new DomainException("The expected delivery date cannot be in the past.");
        }
        long sequence = ((Number) em.createNativeQuery("select nextval('purchase_order_number_seq')")
                .getSingleResult()).longValue();
        PurchaseOrder order = new PurchaseOrder(PurchaseOrder.number(today.getYear(), sequence), supplier, warehouse,
                form.expectedOn(), caller(), clock.instant());
        order.addLine(alert.skuId(), form.quantity());
        em.persist(order);
        alert.ordered(order, caller(), clock.instant());
        em.createNativeQuery("insert into stock_policy (sku_id, supplier_id) values (?, ?) on conflict (sku_id) "
                        + "do update set supplier_id = excluded.supplier_id")
                .setParameter(1, alert.skuId()).setParameter(2, supplier.id()).executeUpdate();
        em.flush();
        events.publish(Destinations.REPLENISHMENT_ORDERED, new ReplenishmentOrdered(UUID.randomUUID(),
                clock.instant(), order.id(), order.number(), supplier.name(), warehouse.id(), order.expectedOn(),
                List.of(alert.skuId()), List.of(form.quantity())));
        return summary(order);
    }

    public void dismiss(long alertId) {
        LowStockAlert alert = em.find(LowStockAlert.class, alertId, LockModeType.PESSIMISTIC_WRITE);
        if (alert == null) {
            throw new DomainException("There is no such alert.");
        }
        alert.dismiss(caller(), clock.instant());
    }

    /** Purchase orders, newest first; {@code status} null for all. */
    public List<PurchaseOrderSummary> purchaseOrders(PurchaseOrderStatus status, int max) {
        var query = em.createQuery("select o from PurchaseOrder o" + (status == null ? "" : " where o.status = :status")
                + " order by o.id desc", PurchaseOrder.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setMaxResults(Math.max(1, Math.min(500, max))).getResultStream().map(Replenishment::summary)
                .toList();
    }

    public PurchaseOrderView purchaseOrder(long id) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id);
        if (order == null) {
            throw new DomainException("There is no such purchase order.");
        }
        return view(order);
    }

    public Optional<Long> purchaseOrderId(String number) {
        return em.createQuery("select o.id from PurchaseOrder o where o.number = :number", Long.class)
                .setParameter("number", number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT))
                .getResultStream().findFirst();
    }

    /**
     * Books a delivery: per line id, the quantity that arrived. On-hand stock goes up in the order's warehouse
     * (the ledger says which order), and "Stock Updated" follows. {@code version} is the one the page showed: when
     * someone else received or cancelled in between, nothing is booked and the message says so.
     */
    public PurchaseOrderView receive(long id, long version, @NotNull Map<Long, Integer> quantities) {
        PurchaseOrder order = lockedAt(id, version);
        order.receive(quantities, clock.instant());
        List<Long> skus = new ArrayList<>();
        for (PurchaseOrderLine line : order.lines()) {
            Integer quantity = quantities.get(line.id());
            if (quantity != null && quantity > 0) {
                stock.receive(line.skuId(), order.warehouse().id(), quantity,
                        "Purchase order " + order.number() + " from " + order.supplier().name(), order.number());
                skus.add(line.skuId());
            }
        }
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object> products = em.createNativeQuery("select distinct product_id from sku where id = "
                + "any(cast(? as bigint[]))").setParameter(1, NativeSql.bigints(skus)).getResultList();
        events.publish(Destinations.STOCK_UPDATED, new StockUpdated(UUID.randomUUID(), clock.instant(),
                order.number(), order.warehouse().id(), skus,
                products.stream().map(p -> ((Number) p).longValue()).toList()));
        return view(order);
    }

    public PurchaseOrderView cancel(long id, long version) {
        PurchaseOrder order = lockedAt(id, version);
        order.cancel(clock.instant());
        em.flush();
        return view(order);
    }

    private PurchaseOrder lockedAt(long id, long version) {
        PurchaseOrder order = em.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new DomainException("There is no such purchase order.");
        }
        em.refresh(order);
        if (order.version() != version) {
            throw new DomainException("Someone else changed purchase order " + order.number() + " in the meantime "
                    + "(it is now " + order.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + "). Check the quantities below and try again.");
        }
        return order;
    }

    private String caller() {
        return context.getCallerPrincipal().getName();
    }

    private static PurchaseOrderSummary summary(PurchaseOrder o) {
        return new PurchaseOrderSummary(o.id(), o.number(), o.supplier().name(),
                o.warehouse().name() + " (" + o.warehouse().code() + ")", o.status().name(), o.expectedOn(),
                o.lines().stream().mapToInt(PurchaseOrderLine::quantityOrdered).sum(),
                o.lines().stream().mapToInt(PurchaseOrderLine::quantityReceived).sum(), o.createdAt());
    }

    private PurchaseOrderView view(PurchaseOrder o) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.code, s.label, p.name from sku s join product p "
                + "on p.id = s.product_id where s.id = any(cast(? as bigint[]))")
                .setParameter(1, NativeSql.bigints(o.lines().stream().map(PurchaseOrderLine::skuId).toList()))
                .getResultList();
        Map<Long, Object[]> skus = rows.stream().collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> r));
        List<PurchaseOrderView.Line> lines = new ArrayList<>();
        for (PurchaseOrderLine line : o.lines()) {
            Object[] sku = skus.get(line.skuId());
            lines.add(new PurchaseOrderView.Line(line.id(), line.skuId(), (String) sku[1], (String) sku[2],
                    (String) sku[3], line.quantityOrdered(), line.quantityReceived()));
        }
        return new PurchaseOrderView(o.id(), o.number(), o.supplier().name(), o.supplier().email(),
                Warehouses.view(o.warehouse()), o.status().name(), o.expectedOn(), o.createdBy(), o.createdAt(),
                o.updatedAt(), o.version(), lines);
    }

    /** Alerts joined with their SKU, product and merchant, and the supplier and warehouse an approval suggests. */
    static List<AlertView> alertViews(EntityManager em, String condition, Object parameter, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.sku_id, s.code, s.label, p.id, p.name, m.name, "
                        + "a.available, a.on_order, a.reorder_point, a.basis, a.sold_last_30_days, a.lead_time_days, "
                        + "a.suggested_quantity, a.status, a.created_at, "
                        + "coalesce(sp.supplier_id, (select min(id) from supplier)), "
                        + "coalesce((select l.warehouse_id from stock_level l where l.sku_id = a.sku_id "
                        + "order by l.on_hand desc, l.warehouse_id limit 1), (select min(id) from warehouse)), "
                        + "po.number "
                        + "from low_stock_alert a join sku s on s.id = a.sku_id join product p on p.id = s.product_id "
                        + "join merchant m on m.id = s.merchant_id left join stock_policy sp on sp.sku_id = a.sku_id "
                        + "left join purchase_order po on po.id = a.purchase_order_id "
                        + "where true" + condition + " order by a.id desc limit " + max)
                .setParameter(1, parameter).getResultList();
        return rows.stream().map(r -> new AlertView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                (String) r[2], (String) r[3], ((Number) r[4]).longValue(), (String) r[5], (String) r[6],
                ((Number) r[7]).intValue(), ((Number) r[8]).intValue(), ((Number) r[9]).intValue(), (String) r[10],
                ((Number) r[11]).intValue(), ((Number) r[12]).intValue(), ((Number) r[13]).intValue(),
                (String) r[14], NativeSql.instant(r[15]), r[16] == null ? null : ((Number) r[16]).longValue(),
                r[17] == null ? null : ((Number) r[17]).longValue(), (String) r[18])).toList();
    }
}
