package shop.agora.it.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.inventory.HoldResult;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Deployments;

/** Stock never oversells: holds on the real server and database, under concurrency. */
@ExtendWith(ArquillianExtension.class)
class StockIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(StockIT.class);
    }

    @EJB
    AsSystem system;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @Test
    void twoHundredConcurrentHoldsForFiftyUnitsGiveExactlyFifty() throws Exception {
        for (int round = 0; round < 3; round++) {
            long sku = anyDemoSku(round);
            long warehouse = demoWarehouse();
            system.stock(s -> {
                s.receive(sku, warehouse, 50, "opening stock");
                return null;
            });
            int before = system.stock(s -> s.available(List.of(sku))).get(sku);

            List<Future<HoldResult>> holds = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String reference = "IT-" + UUID.randomUUID();
                holds.add(executor.submit(() -> system.stock(s -> s.placeHold(reference,
                        List.of(new SkuQuantity(sku, 1))))));
            }
            int held = 0;
            for (Future<HoldResult> hold : holds) {
                held += hold.get().held() ? 1 : 0;
            }

            assertEquals(Math.min(200, before), held, "round " + round);
            int[] level = system.stock(s -> s.level(sku, warehouse));
            assertTrue(level[0] >= 0 && level[1] <= level[0], "never negative, never promised twice");
            assertEquals(0, (int) system.stock(s -> s.available(List.of(sku))).get(sku), "all promised");
        }
    }

    @Test
    void aHoldOfSeveralLinesIsAllOrNothingAndReleaseAndConfirmMoveTheLevels() throws Exception {
        long plenty = anyDemoSku(10);
        long scarce = anyDemoSku(11);
        long warehouse = demoWarehouse();
        system.stock(s -> {
            s.receive(plenty, warehouse, 10, "opening stock");
            s.receive(scarce, warehouse, 1, "opening stock");
            return null;
        });
        int plentyBefore = system.stock(s -> s.available(List.of(plenty))).get(plenty);
        int scarceBefore = system.stock(s -> s.available(List.of(scarce))).get(scarce);

        HoldResult refused = system.stock(s -> s.placeHold("IT-" + UUID.randomUUID(),
                List.of(new SkuQuantity(plenty, 2), new SkuQuantity(scarce, scarceBefore + 1))));
        assertFalse(refused.held());
        assertEquals(scarce, refused.shortages().get(0).skuId());
        assertEquals(plentyBefore, (int) system.stock(s -> s.available(List.of(plenty))).get(plenty),
                "nothing held");

        String order = "IT-" + UUID.randomUUID();
        assertTrue(system.stock(s -> s.placeHold(order, List.of(new SkuQuantity(plenty, 2)))).held());
        assertEquals(plentyBefore - 2, (int) system.stock(s -> s.available(List.of(plenty))).get(plenty));
        system.stock(s -> {
            s.releaseHold(order);
            return null;
        });
        assertEquals(plentyBefore, (int) system.stock(s -> s.available(List.of(plenty))).get(plenty), "released");

        String paid = "IT-" + UUID.randomUUID();
        int[] before = system.stock(s -> s.level(plenty, warehouse));
        assertTrue(system.stock(s -> s.placeHold(paid, List.of(new SkuQuantity(plenty, 3)))).held());
        assertEquals(1, (int) system.stock(s -> s.confirmHold(paid)), "paid: the hold no longer expires");
        assertEquals(0, (int) system.stock(s -> s.confirmHold(paid)), "confirmed once");
        assertEquals(plentyBefore - 3, (int) system.stock(s -> s.available(List.of(plenty))).get(plenty),
                "still held for the order");
        assertEquals(1, (int) system.stock(s -> s.recordSale(paid)), "\"Order Confirmed\" sells it");
        assertEquals(0, (int) system.stock(s -> s.recordSale(paid)), "a repeat sells nothing");
        int[] after = system.stock(s -> s.level(plenty, warehouse));
        assertEquals(plentyBefore - 3, (int) system.stock(s -> s.available(List.of(plenty))).get(plenty));
        assertEquals(before[1], after[1], "held back where it was");
        assertTrue(after[0] <= before[0], "on hand went down where the hold was placed");
        assertArrayEquals(new int[] {0, 0}, ledgerDrift(plenty), "the ledger adds up to the levels");

        assertEquals(1, (int) system.stock(s -> s.restoreOrder(paid)), "a cancelled order's units come back");
        assertEquals(0, (int) system.stock(s -> s.restoreOrder(paid)), "once");
        assertEquals(plentyBefore, (int) system.stock(s -> s.available(List.of(plenty))).get(plenty));
        assertArrayEquals(before, system.stock(s -> s.level(plenty, warehouse)), "back where they were sold from");
        assertArrayEquals(new int[] {0, 0}, ledgerDrift(plenty), "the ledger still adds up");
    }

    /** Differences between the stored levels and the sums of the movement ledger, over all warehouses. */
    private int[] ledgerDrift(long sku) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("select "
                     + "coalesce((select sum(on_hand) from stock_level where sku_id = ?), 0) "
                     + "- coalesce((select sum(on_hand_delta) from stock_movement where sku_id = ?), 0), "
                     + "coalesce((select sum(held) from stock_level where sku_id = ?), 0) "
                     + "- coalesce((select sum(held_delta) from stock_movement where sku_id = ?), 0)")) {
            for (int i = 1; i <= 4; i++) {
                statement.setLong(i, sku);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return new int[] {rows.getInt(1), rows.getInt(2)};
            }
        }
    }

    private long anyDemoSku(int offset) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select id from sku order by id limit 1 offset ?")) {
            statement.setInt(1, 100 + offset + (int) (Math.random() * 1000));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** A demo warehouse (tests add stock to it rather than making warehouses every merchant would then see). */
    private long demoWarehouse() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select id from warehouse where code = 'BER-1'");
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
