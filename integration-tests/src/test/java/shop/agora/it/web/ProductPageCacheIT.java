package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.infra.InfraSettings;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.PlatformSession;

/**
 * Product pages for visitors without cookies come from the page cache, and never with old stock: a page that would
 * now say something else about the stock is rendered anew. Visitors with cookies always get the page itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductPageCacheIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anonymousVisitorsGetTheSamePageFromTheCacheUntilTheStockItShowsChanges() throws Exception {
        try (Connection db = connect()) {
            String[] product = productWithPlentyInStock(db);
            String path = "/shop/p/" + product[0] + "?variant=" + product[1];
            long sku = Long.parseLong(product[1]);

            HttpResponse<String> first = get(path, null);
            assertEquals(200, first.statusCode(), first.body());
            assertTrue(first.body().contains(">In stock<"), first.body());
            HttpResponse<String> second = get(path, null);
            assertEquals("hit", cache(second), "the second visitor gets the page from the cache");
            assertEquals(first.body(), second.body());
            assertTrue(second.headers().allValues("Set-Cookie").isEmpty(), second.headers().map().toString());

            HttpResponse<String> withCookie = get(path, "agora-test=1");
            assertEquals(200, withCookie.statusCode());
            assertEquals("", cache(withCookie), "a visitor with cookies gets the page itself");
            assertTrue(withCookie.body().contains("id=\"product-name\""), withCookie.body());

            Map<Long, Integer> held = held(db, sku);
            try {
                leaveOnly(db, sku, 3);
                HttpResponse<String> fewLeft = get(path, null);
                assertEquals("miss", cache(fewLeft), "the stock the page shows changed: rendered anew");
                assertTrue(fewLeft.body().contains("Only 3 left"), fewLeft.body());
                HttpResponse<String> again = get(path, null);
                assertEquals("hit", cache(again));
                assertTrue(again.body().contains("Only 3 left"), again.body());

                leaveOnly(db, sku, 2);
                HttpResponse<String> fewer = get(path, null);
                assertEquals("miss", cache(fewer));
                assertTrue(fewer.body().contains("Only 2 left"), fewer.body());
            } finally {
                restore(db, sku, held);
            }
            HttpResponse<String> restocked = get(path, null);
            assertTrue(restocked.body().contains(">In stock<"), restocked.body());
        }
    }

    @Test
    void anUnknownProductIsNotFoundAndNotKept() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> response = get("/shop/p/no-such-product-here", null);
            assertEquals(404, response.statusCode());
            assertTrue(response.body().contains("id=\"error-page\""), response.body());
            assertEquals("", cache(response));
        }
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("X-Page-Cache").orElse("");
    }

    private HttpResponse<String> get(String path, String cookie) throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(PlatformSession.baseUrl() + path));
        if (cookie != null) {
            get.header("Cookie", cookie);
        }
        return http.send(get.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An active product's slug and one of its SKUs with more than a few units to sell. */
    private static String[] productWithPlentyInStock(Connection db) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select p.slug, s.id from product p "
                + "join sku s on s.product_id = p.id join stock_level l on l.sku_id = s.id "
                + "where p.status = 'ACTIVE' and p.slug <> 'aurora-14-laptop' "
                + "group by p.slug, s.id having sum(l.on_hand - l.held) > 20 and min(l.on_hand) >= 3 "
                + "order by s.id limit 1");
             ResultSet rows = select.executeQuery()) {
            assertTrue(rows.next(), "a product in stock");
            return new String[] {rows.getString(1), String.valueOf(rows.getLong(2))};
        }
    }

    private static Map<Long, Integer> held(Connection db, long sku) throws SQLException {
        Map<Long, Integer> held = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement("select warehouse_id, held from stock_level "
                + "where sku_id = ? order by warehouse_id")) {
            select.setLong(1, sku);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    held.put(rows.getLong(1), rows.getInt(2));
                }
            }
        }
        return held;
    }

    /** Holds all but {@code units} of the SKU (as if other customers were paying for them). */
    private static void leaveOnly(Connection db, long sku, int units) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update stock_level set held = on_hand - case "
                + "when warehouse_id = (select min(warehouse_id) from stock_level where sku_id = ?) then ? else 0 end "
                + "where sku_id = ?")) {
            update.setLong(1, sku);
            update.setInt(2, units);
            update.setLong(3, sku);
            update.executeUpdate();
        }
    }

    private static void restore(Connection db, long sku, Map<Long, Integer> held) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("update stock_level set held = ? "
                + "where sku_id = ? and warehouse_id = ?")) {
            for (Map.Entry<Long, Integer> level : held.entrySet()) {
                update.setInt(1, level.getValue());
                update.setLong(2, sku);
                update.setLong(3, level.getKey());
                update.executeUpdate();
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(PlatformSession.settings().jdbcUrl(), InfraSettings.DB_USER,
                InfraSettings.DB_PASSWORD);
    }
}
