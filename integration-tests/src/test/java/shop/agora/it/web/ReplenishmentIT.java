package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.infra.InfraSettings;
import shop.agora.it.support.Await;
import shop.agora.it.support.BrowserIT;
import shop.agora.it.support.PlatformSession;

/**
 * The replenishment cycle in headless Chromium: the low-stock check alerts a sold-out SKU, an admin approves the
 * alert, receives the purchase order in two deliveries (more than was ordered is refused), and the shop shows the
 * product in stock again.
 */
class ReplenishmentIT extends BrowserIT {

    /** A sold-out SKU the check will alert, the only one anywhere with its code, and its product's address. */
    private record SoldOut(String slug, String code) {
    }

    /**
     * SKUs of active products with nothing available (every level sold or held), no open alert and nothing on
     * order, so that the check alerts them whatever their reorder point (0 when they never sold).
     */
    private static final String SOLD_OUT = "select p.slug, s.code from product p "
            + "join sku s on s.product_id = p.id where p.status = 'ACTIVE' and not p.in_stock "
            + "and not exists (select 1 from stock_level l where l.sku_id = s.id and l.on_hand > l.held) "
            + "and not exists (select 1 from low_stock_alert a where a.sku_id = s.id and a.status = 'OPEN') "
            + "and not exists (select 1 from purchase_order_line l join purchase_order o on o.id = l.purchase_order_id "
            + "where l.sku_id = s.id and o.status in ('ORDERED', 'PARTIALLY_RECEIVED')) "
            + "and (select count(*) from sku s2 where s2.code = s.code) = 1 "
            + "order by s.id desc limit 1";

    @BeforeEach
    void signedInAsAdmin() {
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
    }

    @Test
    void anAdminOrdersASoldOutSkuReceivesItInTwoDeliveriesAndTheShopHasItAgain() throws SQLException {
        SoldOut sku = soldOutSku();

        browser.open("/admin/inventory/alerts.xhtml");
        browser.clickAndWait("run-check", "messages", "Checked");
        assertTrue(browser.text("last-check").contains("Last run"), browser.text("last-check"));

        browser.open("/admin/inventory/alerts.xhtml?q=" + URLEncoder.encode(sku.code(), StandardCharsets.UTF_8));
        List<String> codes = browser.texts(By.cssSelector("[id='alert-table'] .alert-sku-code"));
        int row = codes.indexOf(sku.code());
        assertTrue(row >= 0, "the check alerted " + sku.code() + ": " + codes);
        browser.submit("alert-table:" + row + ":approve");
        assertEquals(sku.code(), browser.text("approve-sku"));
        assertFalse(browser.element("approve-form:approve-expected").getDomProperty("value").isBlank(),
                "the expected date is filled in");
        browser.type("approve-form:approve-quantity", "25");
        browser.submit("approve-form:approve-confirm");
        browser.waitForText("messages", "is placed");
        String number = browser.text("ordered-po");
        assertTrue(number.startsWith("PO-"), number);
        assertTrue(browser.text("messages").contains(number), browser.text("messages"));
        assertFalse(browser.texts(By.cssSelector("[id='alert-table'] .alert-sku-code")).contains(sku.code()),
                "no longer open");

        browser.submit("ordered-po");
        assertEquals(number, browser.text("po-number"));
        assertEquals("Ordered", browser.text("po-status-text"));
        assertTrue(browser.text("receive-rule").contains("at most the outstanding quantity"));

        browser.type("receive:lines:0:receive-qty", "999");
        browser.clickAndWait("receive:receive-submit", "receive", "You can receive at most 25 on this line");
        assertEquals("Ordered", browser.text("po-status-text"), "nothing was received");

        browser.type("receive:lines:0:receive-qty", "10");
        browser.clickAndWait("receive:receive-submit", "messages", "now partially received");
        assertEquals("Partially received", browser.text("po-status-text"));

        browser.type("receive:lines:0:receive-qty", "15");
        browser.clickAndWait("receive:receive-submit", "messages", "now received");
        assertEquals("Received", browser.text("po-status-text"));
        assertFalse(browser.has("receive:receive-submit"), "nothing more to receive");

        // the catalog's "in stock" flag follows the receipt through Stock Updated, within seconds
        Await.until(sku.slug() + " in stock in the shop", Duration.ofSeconds(30), () -> {
            browser.open("/shop/p/" + sku.slug());
            return browser.text("product-availability");
        }, "In stock"::equals);
    }

    /**
     * A sold-out SKU (the demo data has a few), with a stock level of 0 so that the check looks at it; when there
     * is none left, one that this test sells out, through the ledger as the services would.
     */
    private static SoldOut soldOutSku() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            SoldOut sku = find(connection, SOLD_OUT).orElse(null);
            if (sku == null) {
                sellOutOne(connection);
                sku = find(connection, SOLD_OUT)
                        .orElseThrow(() -> new AssertionError("no product could be sold out for the test"));
            }
            try (PreparedStatement level = connection.prepareStatement("insert into stock_level (sku_id, "
                    + "warehouse_id, on_hand, held, version) select s.id, (select min(id) from warehouse), 0, 0, 0 "
                    + "from sku s where s.code = ? "
                    + "and not exists (select 1 from stock_level l where l.sku_id = s.id)")) {
                level.setString(1, sku.code());
                level.executeUpdate(); // on hand 0 and held 0 need no movement: the ledger still adds up
            }
            connection.commit();
            return sku;
        }
    }

    /** Sells out an active product with one SKU and nothing held: an ADJUSTMENT per level keeps the ledger right. */
    private static void sellOutOne(Connection connection) throws SQLException {
        long skuId;
        try (PreparedStatement pick = connection.prepareStatement("select s.id from product p join sku s on "
                + "s.product_id = p.id where p.status = 'ACTIVE' and p.in_stock "
                + "and (select count(*) from sku s3 where s3.product_id = p.id) = 1 "
                + "and (select count(*) from sku s2 where s2.code = s.code) = 1 "
                + "and not exists (select 1 from stock_level l where l.sku_id = s.id and l.held > 0) "
                + "and not exists (select 1 from low_stock_alert a where a.sku_id = s.id and a.status = 'OPEN') "
                + "and not exists (select 1 from purchase_order_line l where l.sku_id = s.id) "
                + "order by s.id desc limit 1");
             ResultSet rows = pick.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError("no active single-SKU product to sell out for the test");
            }
            skuId = rows.getLong(1);
        }
        try (PreparedStatement ledger = connection.prepareStatement("insert into stock_movement (sku_id, "
                + "warehouse_id, kind, on_hand_delta, held_delta, reason, actor, created_at) select sku_id, "
                + "warehouse_id, 'ADJUSTMENT', -on_hand, 0, 'Sold out for ReplenishmentIT', 'replenishment-it', now() "
                + "from stock_level where sku_id = ? and on_hand > 0");
             PreparedStatement levels = connection.prepareStatement("update stock_level set on_hand = 0, "
                     + "version = version + 1 where sku_id = ? and on_hand > 0");
             PreparedStatement product = connection.prepareStatement("update product set in_stock = false "
                     + "where id = (select product_id from sku where id = ?)")) {
            for (PreparedStatement statement : List.of(ledger, levels, product)) {
                statement.setLong(1, skuId);
                statement.executeUpdate();
            }
        }
    }

    private static Optional<SoldOut> find(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(new SoldOut(rows.getString(1), rows.getString(2))) : Optional.empty();
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(PlatformSession.settings().jdbcUrl(), InfraSettings.DB_USER,
                InfraSettings.DB_PASSWORD);
    }
}
