package shop.agora.core.inventory;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.InventoryUpdated;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * Stock for the other components: availability, holds for orders, confirming a paid hold, the sale (when "Order
 * Confirmed" arrives), releasing a hold and restoring a cancelled order's stock.
 *
 * <p>How a hold picks a warehouse: each line is held in one warehouse, the one with the most available units that
 * can cover the whole line (ties: the lowest warehouse id). The hold is a conditional update
 * ({@code held = held + q where on_hand - held >= q}), which PostgreSQL re-checks on the locked row, and the
 * table's check constraints refuse negative stock and {@code held > on_hand}: two buyers can never get the same
 * unit. A hold of several lines is all or nothing.
 *
 * <p>Every change that affects availability publishes "Inventory Updated" in the same transaction (a receipt also
 * "Stock Updated", from {@link Replenishment}); the catalog keeps its "in stock" flags from these events.
 */
@Stateless
public class StockManagement {

    /** How often a line tries another warehouse after a concurrent buyer took the stock of the chosen one. */
    private static final int ATTEMPTS = 3;

    /** The most one adjustment may change, to catch a mistyped quantity. */
    static final int MAX_ADJUSTMENT = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "agora.inventory.hold-minutes", defaultValue = "15")
    int holdMinutes;

    @Resource
    EJBContext context;

    @Inject
    EventPublisher events;

    /** Units that can be bought now, per SKU, summed over all warehouses (SKUs without stock: 0). */
    @PermitAll
    public Map<Long, Integer> available(@NotNull List<Long> skuIds) {
        Map<Long, Integer> available = new LinkedHashMap<>();
        skuIds.forEach(id -> available.put(id, 0));
        if (skuIds.isEmpty()) {
            return available;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sku_id, sum(on_hand - held) from stock_level "
                        + "where sku_id = any(cast(? as bigint[])) group by sku_id")
                .setParameter(1, NativeSql.bigints(skuIds))
                .getResultList();
        for (Object[] row : rows) {
            available.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return available;
    }

    /**
     * Holds every line for an order until the hold expires (agora.inventory.hold-minutes, default 15), or holds
     * nothing and reports the shortages. "Inventory Updated" is published only for the SKUs whose units the hold took
     * the last of in a warehouse: only then can a product stop being in stock (an ordinary order leaves the catalog as
     * it was, and publishes nothing).
     */
    @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SYSTEM})
    public HoldResult placeHold(@NotBlank String reference, @NotEmpty List<SkuQuantity> lines) {
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofMinutes(holdMinutes));
        List<HoldResult.Shortage> shortages = new ArrayList<>();
        Set<Long> lastUnitsTaken = new LinkedHashSet<>();
        for (SkuQuantity line : lines) {
            Taken taken = holdInOneWarehouse(line);
            if (taken == null) {
                shortages.add(new HoldResult.Shortage(line.skuId(), line.quantity(),
                        available(List.of(line.skuId())).get(line.skuId())));
                continue;
            }
            long warehouse = taken.warehouseId();
            if (taken.leftThere() == 0) {
                lastUnitsTaken.add(line.skuId());
            }
            em.createNativeQuery("insert into stock_hold (reference, sku_id, warehouse_id, quantity, status, "
                            + "expires_at, created_at) values (?, ?, ?, ?, 'HELD', ?, ?)")
                    .setParameter(1, reference).setParameter(2, line.skuId()).setParameter(3, warehouse)
                    .setParameter(4, line.quantity()).setParameter(5, expires.atOffset(ZoneOffset.UTC))
                    .setParameter(6, now.atOffset(ZoneOffset.UTC))
                    .executeUpdate();
            movement(line.skuId(), warehouse, "HOLD", 0, line.quantity(), null, reference);
        }
        if (!shortages.isEmpty()) {
            context.setRollbackOnly(); // all or nothing
            return new HoldResult(false, null, shortages);
        }
        published("HOLD", reference, lastUnitsTaken);
        return new HoldResult(true, expires, List.of());
    }

    /**
     * The order is paid: its holds no longer expire (they stay counted as held, so nobody else can buy the units).
     * Returns how many hold lines were confirmed: 0 when the reference holds nothing (it lapsed, or was confirmed
     * before). The units leave the stock with {@link #recordSale}, when "Order Confirmed" reaches the inventory.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public int confirmHold(@NotBlank String reference) {
        List<Object[]> holds = holds(reference, "HELD");
        for (Object[] hold : holds) {
            setStatus(((Number) hold[0]).longValue(), "CONFIRMED");
        }
        return holds.size();
    }

    /**
     * The sale of a confirmed order: its units leave the warehouse (on hand and held both go down by the same
     * amount). What can be bought does not change (the hold had already taken the units), so no "Inventory Updated" is
     * published: it would cost an event through the broker per order for a refresh that changes nothing. Only
     * confirmed holds are sold, each once: a repeat, or an order cancelled before, changes nothing. Returns how many
     * lines were sold now.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public int recordSale(@NotBlank String reference) {
        List<Object[]> holds = holds(reference, "CONFIRMED");
        for (Object[] hold : holds) {
            long sku = ((Number) hold[1]).longValue();
            long warehouse = ((Number) hold[2]).longValue();
            int quantity = ((Number) hold[3]).intValue();
            em.createNativeQuery("update stock_level set on_hand = on_hand - ?, held = held - ?, version = version + 1 "
                            + "where sku_id = ? and warehouse_id = ?")
                    .setParameter(1, quantity).setParameter(2, quantity).setParameter(3, sku).setParameter(4, warehouse)
                    .executeUpdate();
            setStatus(((Number) hold[0]).longValue(), "SOLD");
            movement(sku, warehouse, "SALE", -quantity, -quantity, null, reference);
        }
        return holds.size();
    }

    /**
     * Gives the held units back to everyone (a failed payment, a cancelled checkout, an expired hold), whether the
     * hold was paid for or not.
     */
    @RolesAllowed({Role.Names.CUSTOMER, Role.Names.SYSTEM})
    public void releaseHold(@NotBlank String reference) {
        Set<Long> skus = new LinkedHashSet<>();
        for (Object[] hold : holds(reference, "HELD", "CONFIRMED")) {
            skus.add(release(hold, reference));
        }
        published("RELEASE", reference, skus);
    }

    /**
     * A cancelled order's stock goes back: units still held are released, units already sold (they never left:
     * the order is cancelled only before its parcels are picked up) return to the warehouse they came from. Each
     * once; returns how many lines changed.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public int restoreOrder(@NotBlank String reference) {
        Set<Long> skus = new LinkedHashSet<>();
        List<Object[]> held = holds(reference, "HELD", "CONFIRMED");
        for (Object[] hold : held) {
            skus.add(release(hold, reference));
        }
        List<Object[]> sold = holds(reference, "SOLD");
        for (Object[] hold : sold) {
            long sku = ((Number) hold[1]).longValue();
            long warehouse = ((Number) hold[2]).longValue();
            int quantity = ((Number) hold[3]).intValue();
            em.createNativeQuery("update stock_level set on_hand = on_hand + ?, version = version + 1 "
                            + "where sku_id = ? and warehouse_id = ?")
                    .setParameter(1, quantity).setParameter(2, sku).setParameter(3, warehouse).executeUpdate();
            setStatus(((Number) hold[0]).longValue(), "RETURNED");
            movement(sku, warehouse, "RETURN", quantity, 0, "Order cancelled", reference);
            skus.add(sku);
        }
        published("RETURN", reference, skus);
        return held.size() + sold.size();
    }

    /** The warehouse each SKU of a paid order ships from (its confirmed or sold holds). */
    @RolesAllowed(Role.Names.SYSTEM)
    public Map<Long, Long> shipsFrom(@NotBlank String reference) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select sku_id, warehouse_id from stock_hold where reference = ? "
                + "and status in ('CONFIRMED', 'SOLD') order by id").setParameter(1, reference).getResultList();
        Map<Long, Long> from = new LinkedHashMap<>();
        rows.forEach(r -> from.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return from;
    }

    /** Releases every hold whose time is up; returns how many. */
    @RolesAllowed(Role.Names.SYSTEM)
    public int releaseExpiredHolds() {
        @SuppressWarnings("unchecked")
        List<Object[]> expired = em.createNativeQuery("select id, sku_id, warehouse_id, quantity, reference "
                        + "from stock_hold where status = 'HELD' and expires_at < ? for update skip locked")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).getResultList();
        Set<Long> skus = new LinkedHashSet<>();
        for (Object[] hold : expired) {
            skus.add(release(hold, (String) hold[4]));
        }
        published("RELEASE", null, skus);
        return expired.size();
    }

    /** Stock arrives in a warehouse (a receipt of a purchase order, or the first stock of a SKU). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public void receive(long skuId, long warehouseId, int quantity, @NotBlank String reason) {
        receive(skuId, warehouseId, quantity, reason, null);
    }

    /** A receipt that belongs to a purchase order ({@code reference} is its number). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM})
    public void receive(long skuId, long warehouseId, int quantity, @NotBlank String reason, String reference) {
        if (quantity <= 0) {
            throw new DomainException("A receipt is at least 1 unit.");
        }
        em.createNativeQuery("insert into stock_level (sku_id, warehouse_id, on_hand, held) values (?, ?, ?, 0) "
                        + "on conflict (sku_id, warehouse_id) do update set on_hand = stock_level.on_hand + "
                        + "excluded.on_hand, version = stock_level.version + 1")
                .setParameter(1, skuId).setParameter(2, warehouseId).setParameter(3, quantity).executeUpdate();
        movement(skuId, warehouseId, "RECEIPT", quantity, 0, reason, reference);
        published("RECEIPT", reference, List.of(skuId));
    }

    /**
     * Corrects the on-hand stock of a SKU in a warehouse (a count, damage, loss, ...); the reason goes into the
     * ledger. {@code expectedVersion} is the version of the level the person saw (0 when there was none yet): when
     * someone else changed the level in between, nothing happens and the message says what the stock is now.
     * Stock that is held for orders cannot be adjusted away.
     */
    @RolesAllowed({Role.Names.MERCHANT, Role.Names.ADMIN})
    public void adjust(long skuId, long warehouseId, int delta, @NotBlank String reason, long expectedVersion) {
        requireMayChange(skuId);
        if (delta == 0) {
            throw new DomainException("Enter a change other than 0, for example 5 to add or -2 to remove units.");
        }
        if (Math.abs(delta) > MAX_ADJUSTMENT) {
            throw new DomainException("One adjustment changes at most " + MAX_ADJUSTMENT + " units.");
        }
        if (reason.strip().length() > 200) {
            throw new DomainException("A reason has at most 200 characters.");
        }
        if (em.find(shop.agora.core.inventory.entity.Warehouse.class, warehouseId) == null) {
            throw new DomainException("There is no such warehouse.");
        }
        int changed;
        if (expectedVersion == 0 && level(skuId, warehouseId, false) == null) {
            if (delta < 0) {
                throw new DomainException("There is no stock of this variant in that warehouse to remove.");
            }
            changed = em.createNativeQuery("insert into stock_level (sku_id, warehouse_id, on_hand, held, version) "
                            + "values (?, ?, ?, 0, 1) on conflict do nothing")
                    .setParameter(1, skuId).setParameter(2, warehouseId).setParameter(3, delta).executeUpdate();
        } else {
            changed = em.createNativeQuery("update stock_level set on_hand = on_hand + ?, version = version + 1 "
                            + "where sku_id = ? and warehouse_id = ? and version = ? and on_hand + ? >= held")
                    .setParameter(1, delta).setParameter(2, skuId).setParameter(3, warehouseId)
                    .setParameter(4, expectedVersion).setParameter(5, delta).executeUpdate();
        }
        if (changed == 0) {
            StockLevel now = level(skuId, warehouseId, false);
            if (now != null && now.version() == expectedVersion) {
                throw new DomainException("Only " + (now.onHand() - now.held()) + " of the " + now.onHand()
                        + " units on hand are not held for orders; you can remove at most that many.");
            }
            throw new DomainException("Someone else changed this stock while you were editing: there are now "
                    + (now == null ? 0 : now.onHand()) + " on hand and " + (now == null ? 0 : now.held())
                    + " held. Check the numbers and enter your change again.");
        }
        movement(skuId, warehouseId, "ADJUSTMENT", delta, 0, reason.strip(), null);
        published("ADJUSTMENT", null, List.of(skuId));
    }

    /** The stock of a SKU in a warehouse with its version, or null when it never had any. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM, Role.Names.MERCHANT})
    public StockLevel stockLevel(long skuId, long warehouseId) {
        requireMayChange(skuId);
        return level(skuId, warehouseId, false);
    }

    private StockLevel level(long skuId, long warehouseId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select on_hand, held, version from stock_level where sku_id = ? "
                        + "and warehouse_id = ?" + (lock ? " for update" : ""))
                .setParameter(1, skuId).setParameter(2, warehouseId).getResultList();
        return rows.isEmpty() ? null : new StockLevel(skuId, warehouseId, ((Number) rows.get(0)[0]).intValue(),
                ((Number) rows.get(0)[1]).intValue(), ((Number) rows.get(0)[2]).longValue());
    }

    /** A merchant may only touch its own SKUs; admins and the platform any. */
    private void requireMayChange(long skuId) {
        @SuppressWarnings("unchecked")
        List<Object> owner = em.createNativeQuery("select s.merchant_id from sku s where s.id = ?")
                .setParameter(1, skuId).getResultList();
        if (owner.isEmpty()) {
            throw new DomainException("There is no such variant.");
        }
        if (context.isCallerInRole(Role.Names.MERCHANT)) {
            @SuppressWarnings("unchecked")
            List<Object> mine = em.createNativeQuery("select merchant_id from account where email = ?")
                    .setParameter(1, context.getCallerPrincipal().getName()).getResultList();
            if (mine.isEmpty() || mine.get(0) == null
                    || ((Number) mine.get(0)).longValue() != ((Number) owner.get(0)).longValue()) {
                throw new DomainException("There is no such variant in your shop.");
            }
        }
    }

    /** "Inventory Updated" for the given SKUs, in the current transaction; nothing when nothing changed. */
    private void published(String cause, String reference, Collection<Long> skuIds) {
        if (skuIds.isEmpty()) {
            return;
        }
        List<Long> skus = List.copyOf(new LinkedHashSet<>(skuIds));
        @SuppressWarnings("unchecked")
        List<Object> products = em.createNativeQuery("select distinct product_id from sku where id = "
                + "any(cast(? as bigint[]))").setParameter(1, NativeSql.bigints(skus)).getResultList();
        events.publish(Destinations.INVENTORY_UPDATED, new InventoryUpdated(UUID.randomUUID(), clock.instant(),
                cause, reference, skus, products.stream().map(p -> ((Number) p).longValue()).toList()));
    }


    /** On hand and held of a SKU in a warehouse, or zeros. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.SYSTEM, Role.Names.MERCHANT})
    public int[] level(long skuId, long warehouseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select on_hand, held from stock_level where sku_id = ? and "
                + "warehouse_id = ?").setParameter(1, skuId).setParameter(2, warehouseId).getResultList();
        return rows.isEmpty() ? new int[] {0, 0}
                : new int[] {((Number) rows.get(0)[0]).intValue(), ((Number) rows.get(0)[1]).intValue()};
    }

    /** A line held in a warehouse, and the units still available there after it. */
    private record Taken(long warehouseId, int leftThere) {
    }

    /** Holds the line in the warehouse with the most available units; null when none can cover it. */
    private Taken holdInOneWarehouse(SkuQuantity line) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            @SuppressWarnings("unchecked")
            List<Object> candidates = em.createNativeQuery("select warehouse_id from stock_level where sku_id = ? "
                            + "and on_hand - held >= ? order by on_hand - held desc, warehouse_id limit 1")
                    .setParameter(1, line.skuId()).setParameter(2, line.quantity()).getResultList();
            if (candidates.isEmpty()) {
                return null;
            }
            long warehouse = ((Number) candidates.get(0)).longValue();
            @SuppressWarnings("unchecked")
            List<Object> left = em.createNativeQuery("update stock_level set held = held + ?, version = version + 1 "
                            + "where sku_id = ? and warehouse_id = ? and on_hand - held >= ? returning on_hand - held")
                    .setParameter(1, line.quantity()).setParameter(2, line.skuId()).setParameter(3, warehouse)
                    .setParameter(4, line.quantity())
                    .getResultList();
            if (left.size() == 1) {
                return new Taken(warehouse, ((Number) left.get(0)).intValue());
            }
        }
        return null;
    }

    private long release(Object[] hold, String reference) {
        long sku = ((Number) hold[1]).longValue();
        long warehouse = ((Number) hold[2]).longValue();
        int quantity = ((Number) hold[3]).intValue();
        em.createNativeQuery("update stock_level set held = held - ?, version = version + 1 where sku_id = ? and "
                        + "warehouse_id = ?")
                .setParameter(1, quantity).setParameter(2, sku).setParameter(3, warehouse).executeUpdate();
        setStatus(((Number) hold[0]).longValue(), "RELEASED");
        movement(sku, warehouse, "RELEASE", 0, -quantity, null, reference);
        return sku;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> holds(String reference, String... statuses) {
        return em.createNativeQuery("select id, sku_id, warehouse_id, quantity from stock_hold where reference = ? "
                        + "and status = any(cast(? as varchar[])) order by id for update")
                .setParameter(1, reference).setParameter(2, "{" + String.join(",", statuses) + "}").getResultList();
    }

    private void setStatus(long holdId, String status) {
        em.createNativeQuery("update stock_hold set status = ? where id = ?").setParameter(1, status)
                .setParameter(2, holdId).executeUpdate();
    }

    private void movement(long sku, long warehouse, String kind, int onHandDelta, int heldDelta, String reason,
            String reference) {
        em.createNativeQuery("insert into stock_movement (sku_id, warehouse_id, kind, on_hand_delta, held_delta, "
                        + "reason, reference, actor, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, sku).setParameter(2, warehouse).setParameter(3, kind)
                .setParameter(4, onHandDelta).setParameter(5, heldDelta).setParameter(6, reason)
                .setParameter(7, reference).setParameter(8, context.getCallerPrincipal().getName())
                .setParameter(9, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
