package shop.agora.it.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.agora.it.support.Refused.assertRefused;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.inventory.AlertView;
import shop.agora.core.inventory.ApprovalForm;
import shop.agora.core.inventory.DriftReport;
import shop.agora.core.inventory.PurchaseOrderSummary;
import shop.agora.core.inventory.PurchaseOrderView;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.inventory.StockLevel;
import shop.agora.core.inventory.SupplierView;
import shop.agora.core.inventory.WarehouseView;
import shop.agora.core.inventory.entity.LowStockAlert;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsHarbor;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.TestProducts;
import shop.agora.it.support.Deployments;

/**
 * The inventory cycle on the real server, database and broker: expired holds, the ledger, adjustments under
 * concurrency, the daily low-stock check, and alert -> approval -> purchase order -> receipt -> available again.
 * Each test makes its own product (published by Northwind Outfitters), so the demo data does not matter.
 */
@ExtendWith(ArquillianExtension.class)
class ReplenishmentCycleIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(ReplenishmentCycleIT.class);
    }

    @EJB
    CatalogService catalog;

    @EJB
    AsNorthwind northwind;

    @EJB
    AsHarbor harbor;

    @EJB
    AsAdmin admin;

    @EJB
    AsSystem system;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    private Db db;

    @org.junit.jupiter.api.BeforeEach
    void database() {
        db = new Db(dataSource);
    }

    @Test
    void onlyAHoldOfTheLastUnitsPublishesAnInventoryUpdateAndASaleNone() throws Exception {
        Product product = inStockWithFiveUnits();
        long sku = product.skus.get(0);
        long warehouse = firstWarehouse();

        String first = "IT-" + UUID.randomUUID();
        assertTrue(system.stock(s -> s.placeHold(first, List.of(new SkuQuantity(sku, 2)))).held());
        assertEquals(3, available(sku));
        assertEquals(0, inventoryUpdates(first), "3 units left: the product is in stock as before");
        int sold = system.stock(s -> {
            s.confirmHold(first);
            return s.recordSale(first);
        });
        assertEquals(1, sold, "one line sold");
        assertEquals(3, system.stock(s -> s.level(sku, warehouse))[0], "the 2 units left the warehouse");
        assertEquals(3, available(sku), "available as before the sale");
        assertEquals(0, inventoryUpdates(first), "no event for the sale: the hold had taken the units");

        String last = "IT-" + UUID.randomUUID();
        assertTrue(system.stock(s -> s.placeHold(last, List.of(new SkuQuantity(sku, 3)))).held());
        assertEquals(1, inventoryUpdates(last), "the last units taken: the product may be sold out now");
        awaitInStock(product, false);
    }

    @Test
    void anExpiredHoldIsReleasedByTheTimerAndTheCatalogFollowsTheStock() throws Exception {
        Product product = inStockWithFiveUnits();
        long sku = product.skus.get(0);

        String order = "IT-" + UUID.randomUUID();
        assertTrue(system.stock(s -> s.placeHold(order, List.of(new SkuQuantity(sku, 5)))).held());
        awaitInStock(product, false); // "Inventory Updated" -> sold out in the catalog

        db.execute("update stock_hold set expires_at = now() - interval '1 minute' where reference = ?", order);
        Await.until("the expired hold to be released by the timer", Duration.ofSeconds(30),
                () -> available(sku), units -> units == 5);
        assertEquals("RELEASED", db.text("select status from stock_hold where reference = ?", order));
        awaitInStock(product, true);
    }

    @Test
    void recomputingFromTheLedgerEqualsTheStoredLevelsAndReportsAnyDrift() throws Exception {
        Product product = newProduct("Standard");
        long sku = product.skus.get(0);
        long warehouse = firstWarehouse();
        system.stock(s -> {
            s.receive(sku, warehouse, 20, "opening stock");
            s.placeHold("IT-A-" + sku, List.of(new SkuQuantity(sku, 3)));
            s.placeHold("IT-B-" + sku, List.of(new SkuQuantity(sku, 2)));
            return null;
        });
        system.stock(s -> {
            s.confirmHold("IT-A-" + sku);
            s.recordSale("IT-A-" + sku);
            s.releaseHold("IT-B-" + sku);
            return null;
        });
        northwind.stock(m -> {
            m.adjust(sku, warehouse, -1, "Damaged", "dropped", version(sku, warehouse));
            return null;
        });
        assertEquals(16, available(sku));

        DriftReport clean = admin.audit(a -> a.recompute());
        assertTrue(clean.levelsChecked() > 0);
        assertTrue(clean.drifts().stream().noneMatch(d -> d.skuId() == sku), clean.drifts().toString());

        db.execute("update stock_level set on_hand = on_hand + 4 where sku_id = ?", sku); // a change behind the ledger
        try {
            DriftReport drifted = admin.audit(a -> a.recompute());
            DriftReport.Drift drift = drifted.drifts().stream().filter(d -> d.skuId() == sku).findFirst()
                    .orElseThrow(() -> new AssertionError("the drift is reported"));
            assertEquals(20, drift.storedOnHand());
            assertEquals(16, drift.ledgerOnHand());
        } finally {
            db.execute("update stock_level set on_hand = on_hand - 4 where sku_id = ?", sku);
        }
    }

    @Test
    void adjustmentsRefuseStaleVersionsNegativeStockAndOtherShops() throws Exception {
        Product product = newProduct("Standard");
        long sku = product.skus.get(0);
        long warehouse = firstWarehouse();
        northwind.stock(m -> {
            m.adjust(sku, warehouse, 10, "Opening stock", null, 0);
            return null;
        });
        assertRefused("Someone else changed this stock", () -> northwind.stock(m -> {
            m.adjust(sku, warehouse, 10, "Opening stock", null, 0);
            return null;
        }));
        long version = version(sku, warehouse);
        assertRefused("you can remove at most", () -> northwind.stock(m -> {
            m.adjust(sku, warehouse, -11, "Lost or stolen", null, version);
            return null;
        }));
        assertRefused("Enter a change other than 0", () -> northwind.stock(m -> {
            m.adjust(sku, warehouse, 0, "Stock count", null, version);
            return null;
        }));
        assertRefused("no such variant in your shop", () -> harbor.stock(m -> {
            m.adjust(sku, warehouse, 5, "Found", null, version);
            return null;
        }));
        assertRefused("no such variant in your shop", () -> harbor.stock(m -> {
            m.setThreshold(sku, 3);
            return null;
        }));

        // two people adjust the same stock at once, both from what they saw: exactly one change counts
        List<Future<Boolean>> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            both.add(executor.submit((Callable<Boolean>) () -> {
                try {
                    northwind.stock(m -> {
                        m.adjust(sku, warehouse, -3, "Stock count", null, version);
                        return null;
                    });
                    return true;
                } catch (RuntimeException e) {
                    return false;
                }
            }));
        }
        int succeeded = 0;
        for (Future<Boolean> attempt : both) {
            succeeded += attempt.get() ? 1 : 0;
        }
        assertEquals(1, succeeded);
        assertEquals(7, available(sku));
        assertEquals(7, db.number("select coalesce(sum(on_hand_delta), 0) from stock_movement where sku_id = ?", sku),
                "the ledger has exactly the changes that happened");
    }

    @Test
    void theDailyCheckAlertsExactlyTheSkusAtOrBelowTheirReorderPoint() throws Exception {
        Product product = newProduct("At threshold", "Above threshold", "Selling, enough left", "Selling, low");
        long atThreshold = product.skus.get(0);
        long aboveThreshold = product.skus.get(1);
        long sellingEnough = product.skus.get(2);
        long sellingLow = product.skus.get(3);
        long warehouse = firstWarehouse();
        northwind.stock(m -> {
            m.setThreshold(atThreshold, 5);
            m.setThreshold(aboveThreshold, 5);
            return null;
        });
        system.stock(s -> {
            s.receive(atThreshold, warehouse, 5, "opening stock");
            s.receive(aboveThreshold, warehouse, 6, "opening stock");
            s.receive(sellingEnough, warehouse, 40, "opening stock");
            s.receive(sellingLow, warehouse, 36, "opening stock");
            return null;
        });
        // 30 sold in the last 30 days = 1 a day; with the default lead time of 7 days the reorder point is 7
        sell(sellingEnough, 30);
        sell(sellingLow, 30);

        admin.replenishment(r -> r.runCheck());
        Map<Long, AlertView> alerts = openAlerts(product);
        assertEquals(Set.of(atThreshold, sellingLow), alerts.keySet());
        AlertView threshold = alerts.get(atThreshold);
        assertEquals("THRESHOLD", threshold.basis());
        assertEquals(5, threshold.reorderPoint());
        AlertView velocity = alerts.get(sellingLow);
        assertEquals("VELOCITY", velocity.basis());
        assertEquals(7, velocity.reorderPoint());
        assertEquals(30, velocity.soldLast30Days());
        assertEquals(6, velocity.available());
        assertEquals(7 + 30 - 6, velocity.suggestedQuantity(), "back to the reorder point plus 30 days of sales");

        admin.replenishment(r -> r.runCheck());
        assertEquals(2, db.number("select count(*) from low_stock_alert a join sku s on s.id = a.sku_id "
                + "where s.product_id = ?", product.id), "a second check does not alert twice");
    }

    @Test
    void alertApprovalPurchaseOrderAndReceiptMakeTheProductAvailableAgain() throws Exception {
        Product product = newProduct("Standard");
        long sku = product.skus.get(0);
        northwind.stock(m -> {
            m.setThreshold(sku, 3);
            return null;
        });
        assertFalse(inStock(product), "a product without stock is out of stock");

        admin.replenishment(r -> r.runCheck());
        AlertView alert = openAlerts(product).get(sku);
        assertEquals(0, alert.available());
        List<SupplierView> suppliers = admin.warehouses(w -> w.suppliers());
        List<WarehouseView> warehouses = admin.warehouses(w -> w.warehouses());
        assertRefused("cannot be in the past", () -> admin.replenishment(r -> r.approve(alert.id(),
                new ApprovalForm(20, suppliers.get(0).id(), warehouses.get(0).id(), LocalDate.now().minusDays(2)))));

        PurchaseOrderSummary ordered = admin.replenishment(r -> r.approve(alert.id(), new ApprovalForm(20,
                suppliers.get(0).id(), warehouses.get(0).id(), LocalDate.now().plusDays(5))));
        assertTrue(ordered.number().matches("PO-\\d{4}-\\d{5}"), ordered.number());
        assertEquals("ORDERED", ordered.status());
        assertRefused("already ordered", () -> admin.replenishment(r -> {
            r.dismiss(alert.id());
            return null;
        }));
        admin.replenishment(r -> r.runCheck());
        assertTrue(openAlerts(product).isEmpty(), "stock on order is not alerted again");

        PurchaseOrderView order = admin.replenishment(r -> r.purchaseOrder(ordered.id()));
        long line = order.lines().get(0).lineId();
        assertRefused("receiving more than was ordered is refused", () -> admin.replenishment(r -> r.receive(
                order.id(), order.version(), Map.of(line, 21))));
        PurchaseOrderView partly = admin.replenishment(r -> r.receive(order.id(), order.version(), Map.of(line, 8)));
        assertEquals("PARTIALLY_RECEIVED", partly.status());
        assertEquals(8, available(sku));
        awaitInStock(product, true); // "Stock Updated" -> ProductManagement marks it available again
        assertTrue(catalog.product(product.slug).orElseThrow().inStock(), "the catalog's page says in stock");

        assertRefused("Someone else changed purchase order", () -> admin.replenishment(r -> r.receive(order.id(),
                order.version(), Map.of(line, 12))));
        PurchaseOrderView complete = admin.replenishment(r -> r.receive(order.id(), partly.version(),
                Map.of(line, 12)));
        assertEquals("RECEIVED", complete.status());
        assertEquals(20, available(sku));
        assertRefused("cannot be cancelled", () -> admin.replenishment(r -> r.cancel(order.id(),
                complete.version())));
        assertEquals(2, db.number("select count(*) from stock_movement where sku_id = ? and kind = 'RECEIPT' "
                + "and reference = '" + ordered.number() + "'", sku), "each receipt is in the ledger");
    }

    // --- helpers ---

    private record Product(long id, String slug, List<Long> skus) {
    }

    /** A new published product of Northwind Outfitters with one SKU per label. */
    private Product newProduct(String... labels) {
        ProductForm form = TestProducts.form(catalog, "Stock test " + UUID.randomUUID().toString().substring(0, 8),
                "19.90", labels);
        long id = northwind.products(p -> TestProducts.createAndPublish(p, form));
        List<Long> skus = new ArrayList<>();
        for (ProductForm.VariantForm variant : form.variants()) {
            skus.add(db.number("select id from sku where product_id = ? and code = '" + variant.code() + "'", id));
        }
        return new Product(id, db.text("select slug from product where id = ?", id), skus);
    }

    private void sell(long sku, int units) {
        String order = "IT-SALE-" + UUID.randomUUID();
        system.stock(s -> {
            assertTrue(s.placeHold(order, List.of(new SkuQuantity(sku, units))).held());
            return null;
        });
        system.stock(s -> {
            s.confirmHold(order);
            return s.recordSale(order);
        });
    }

    private Map<Long, AlertView> openAlerts(Product product) {
        Set<Long> skus = Set.copyOf(product.skus);
        return admin.replenishment(r -> r.alerts(LowStockAlert.Status.OPEN, 500)).stream()
                .filter(a -> skus.contains(a.skuId())).collect(Collectors.toMap(AlertView::skuId, a -> a));
    }

    private void awaitInStock(Product product, boolean expected) {
        Await.until("the catalog to show product " + product.id + (expected ? " in stock" : " sold out"),
                Duration.ofSeconds(20), () -> inStock(product), inStock -> inStock == expected);
    }

    private boolean inStock(Product product) {
        return db.number("select case when in_stock then 1 else 0 end from product where id = ?", product.id) == 1;
    }

    /** A new product with one SKU, 5 units of it received in the first warehouse, shown in stock by the catalog. */
    private Product inStockWithFiveUnits() {
        Product product = newProduct("Standard");
        long sku = product.skus.get(0);
        long warehouse = firstWarehouse();
        system.stock(s -> {
            s.receive(sku, warehouse, 5, "opening stock");
            return null;
        });
        awaitInStock(product, true);
        return product;
    }

    /** The "Inventory Updated" events published for this order or purchase order. */
    private long inventoryUpdates(String reference) {
        return db.number("select count(*) from event_log where type = 'InventoryUpdated' and payload like ?",
                "%\"reference\":\"" + reference + "\"%");
    }

    private int available(long sku) {
        return system.stock(s -> s.available(List.of(sku))).get(sku);
    }

    private long version(long sku, long warehouse) {
        StockLevel level = system.stock(s -> s.stockLevel(sku, warehouse));
        return level == null ? 0 : level.version();
    }

    private long firstWarehouse() {
        return db.number("select min(id) from warehouse where code = 'AMS-1' or ? = 0", 1);
    }
}
