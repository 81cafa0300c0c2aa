package shop.agora.core.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shop.agora.core.catalog.control.ImageCheck;
import shop.agora.core.catalog.control.Slugs;

/**
 * Writes the demo catalog with plain JDBC batches: the category tree and the shops once, then products in batches.
 * Used at start-up for the demo shop (inside the start-up transaction) and by the benchmark's catalog generator.
 */
public final class CatalogWriter {

    private final Connection connection;
    private final Map<String, Long> categoryIds = new HashMap<>();
    private final Map<String, Long> merchantIds = new HashMap<>();
    /** Each category's id and the ids above it, ascending: what product.category_ids holds for its products. */
    private final Map<Long, Long[]> categoryIdsAbove = new HashMap<>();
    private final Instant now;

    public CatalogWriter(Connection connection, Instant now) {
        this.connection = connection;
        this.now = now;
    }

    /** Creates the demo category tree and shops where missing. */
    public CatalogWriter prepare() throws SQLException {
        int position = 0;
        for (DemoCatalog.Department department : DemoCatalog.DEPARTMENTS) {
            long parent = category(null, department.name(), position++);
            int child = 0;
            for (DemoCatalog.Kind kind : department.kinds()) {
                category(parent, kind.category(), child++);
            }
        }
        for (DemoCatalog.Shop shop : DemoCatalog.SHOPS) {
            merchantIds.put(shop.name(), merchant(shop));
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id, path from category")) {
            while (rows.next()) {
                categoryIdsAbove.put(rows.getLong(1), Arrays.stream(rows.getString(2).split("/"))
                        .filter(id -> !id.isEmpty()).map(Long::valueOf).sorted().distinct().toArray(Long[]::new));
            }
        }
        return this;
    }

    public long merchantId(String shop) {
        return merchantIds.get(shop);
    }

    /** Inserts a batch of products with their pictures, categories, attributes and variants. */
    public void write(List<DemoCatalog.Product> products) throws SQLException {
        List<Long> productIds = nextIds("product", products.size());
        List<Long> imageIds = nextIds("image", products.size());
        int skuCount = products.stream().mapToInt(p -> p.variants().size()).sum();
        List<Long> skuIds = nextIds("sku", skuCount);
        OffsetDateTime time = now.atOffset(ZoneOffset.UTC);
        try (PreparedStatement image = connection.prepareStatement("insert into image (id, content_type, data, sha256, "
                + "created_at) overriding system value values (?, 'image/svg+xml', ?, ?, ?)");
             PreparedStatement product = connection.prepareStatement("insert into product (id, merchant_id, name, "
                     + "slug, description, brand, price_amount, price_currency, status, featured, in_stock, "
                     + "created_at, updated_at, published_at, category_ids) overriding system value "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, true, ?, ?, ?, ?)");
             PreparedStatement category = connection.prepareStatement(
                     "insert into product_category (product_id, category_id) values (?, ?)");
             PreparedStatement picture = connection.prepareStatement(
                     "insert into product_image (product_id, image_id, position) values (?, ?, 0)");
             PreparedStatement attribute = connection.prepareStatement(
                     "insert into product_attribute (product_id, position, name, value) values (?, ?, ?, ?)");
             PreparedStatement sku = connection.prepareStatement("insert into sku (id, product_id, merchant_id, code, "
                     + "label, price_override_amount, weight_grams, position) overriding system value "
                     + "values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int s = 0;
            for (int i = 0; i < products.size(); i++) {
                DemoCatalog.Product p = products.get(i);
                long id = productIds.get(i);
                long merchant = merchantIds.get(p.shop());
                byte[] data = DemoCatalog.picture(p);
                image.setLong(1, imageIds.get(i));
                image.setBytes(2, data);
                image.setString(3, ImageCheck.sha256(data));
                image.setObject(4, time);
                image.addBatch();
                product.setLong(1, id);
                product.setLong(2, merchant);
                product.setString(3, p.name());
                product.setString(4, p.slug());
                product.setString(5, p.description());
                product.setString(6, p.brand());
                product.setBigDecimal(7, p.price());
                product.setString(8, p.currency());
                product.setBoolean(9, p.featured());
                // spread publication over the last year, so "newest" has an order
                OffsetDateTime published = time.minusMinutes((long) (products.size() - i) * 7 + id % 1000);
                product.setObject(10, published);
                product.setObject(11, published);
                product.setObject(12, published);
                // as the product_category trigger would set it; written here, the trigger finds nothing to change
                product.setArray(13, connection.createArrayOf("bigint",
                        categoryIdsAbove.get(categoryIds.get(p.category()))));
                product.addBatch();
                category.setLong(1, id);
                category.setLong(2, categoryIds.get(p.category()));
                category.addBatch();
                picture.setLong(1, id);
                picture.setLong(2, imageIds.get(i));
                picture.addBatch();
                for (int a = 0; a < p.attributes().size(); a++) {
                    attribute.setLong(1, id);
                    attribute.setInt(2, a);
                    attribute.setString(3, p.attributes().get(a)[0]);
                    attribute.setString(4, p.attributes().get(a)[1]);
                    attribute.addBatch();
                }
                for (int v = 0; v < p.variants().size(); v++) {
                    DemoCatalog.Variant variant = p.variants().get(v);
                    sku.setLong(1, skuIds.get(s++));
                    sku.setLong(2, id);
                    sku.setLong(3, merchant);
                    sku.setString(4, variant.code());
                    sku.setString(5, variant.label());
                    sku.setBigDecimal(6, variant.priceOverride());
                    sku.setInt(7, variant.weightGrams());
                    sku.setInt(8, v);
                    sku.addBatch();
                }
            }
            image.executeBatch();
            product.executeBatch();
            category.executeBatch();
            picture.executeBatch();
            attribute.executeBatch();
            sku.executeBatch();
        }
    }

    /** How many products the catalog has. */
    public long productCount() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from product")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long category(Long parent, String name, int position) throws SQLException {
        String slug = Slugs.slugify(name);
        try (PreparedStatement find = connection.prepareStatement("select id from category where slug = ?")) {
            find.setString(1, slug);
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    categoryIds.put(name, rows.getLong(1));
                    return rows.getLong(1);
                }
            }
        }
        long id;
        try (PreparedStatement insert = connection.prepareStatement("insert into category (parent_id, name, slug, "
                + "path, position) values (?, ?, ?, '/', ?) returning id")) {
            insert.setObject(1, parent);
            insert.setString(2, name);
            insert.setString(3, slug);
            insert.setInt(4, position);
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
        }
        try (PreparedStatement path = connection.prepareStatement("update category set path = coalesce((select p.path "
                + "from category p where p.id = ?), '/') || id || '/' where id = ?")) {
            path.setObject(1, parent);
            path.setLong(2, id);
            path.executeUpdate();
        }
        categoryIds.put(name, id);
        return id;
    }

    private long merchant(DemoCatalog.Shop shop) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement("select id from merchant where name = ?")) {
            find.setString(1, shop.name());
            try (ResultSet rows = find.executeQuery()) {
                if (rows.next()) {
                    return rows.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into merchant (name, contact_email, "
                + "created_at) values (?, ?, ?) returning id")) {
            insert.setString(1, shop.name());
            insert.setString(2, shop.email());
            insert.setObject(3, now.atOffset(ZoneOffset.UTC));
            try (ResultSet rows = insert.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<Long> nextIds(String table, int count) throws SQLException {
        List<Long> ids = new ArrayList<>(count);
        if (count == 0) {
            return ids;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
            statement.setString(1, table);
            statement.setInt(2, count);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The demo warehouses and suppliers: code, name, street, postal code, city, country / name, email, lead time. */
    static final String[][] WAREHOUSES = {
        {"AMS-1", "Amsterdam fulfilment centre", "Havenstraat 12", "1013 AB", "Amsterdam", "NL"},
        {"BER-1", "Berlin fulfilment centre", "Lagerweg 4", "12057", "Berlin", "DE"}};
    static final Object[][] SUPPLIERS = {
        {"Atlas Wholesale", "orders@atlas-wholesale.agora.test", 5},
        {"Meridian Trading", "purchasing@meridian.agora.test", 10},
        {"Northsea Distribution", "po@northsea.agora.test", 3}};

    /**
     * Gives every SKU without stock its opening stock, once the warehouses exist: about 3 in 100 SKUs have none
     * (sold out, a level of 0 so that the low-stock check sees them), about 8 in 100 a few units, the rest 10 to 120, spread over the warehouses. Every unit enters
     * through a RECEIPT in the ledger, so levels and ledger agree. About 1 SKU in 10 gets a low-stock threshold of
     * 5, and the products' "in stock" flags are set from the result. Returns the number of stocked SKUs.
     */
    public int writeStock() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String[] w : WAREHOUSES) {
                statement.executeUpdate("insert into warehouse (code, name, street, postal_code, city, country, "
                        + "created_at) values ('" + String.join("', '", w) + "', now()) on conflict (code) do nothing");
            }
            for (Object[] s : SUPPLIERS) {
                statement.executeUpdate("insert into supplier (name, email, lead_time_days, created_at) values ('"
                        + s[0] + "', '" + s[1] + "', " + s[2] + ", now()) on conflict (name) do nothing");
            }
            OffsetDateTime time = now.atOffset(ZoneOffset.UTC);
            try (PreparedStatement levels = connection.prepareStatement("with w as (select array_agg(id order by id) "
                    + "ids from warehouse where code in ('AMS-1', 'BER-1')), pick as (select s.id sku_id, "
                    + "(s.id * 7919) % 100 roll, w.ids[1 + (s.id % array_length(w.ids, 1))] warehouse_id "
                    + "from sku s, w where not exists (select 1 from stock_level l where l.sku_id = s.id) "
                    + "and not exists (select 1 from stock_movement m where m.sku_id = s.id)) "
                    + "insert into stock_level (sku_id, warehouse_id, on_hand, held, version) "
                    + "select sku_id, warehouse_id, case when roll < 3 then 0 when roll < 11 then 1 + (sku_id % 4) "
                    + "else 10 + (sku_id * 31) % 111 end, 0, 1 from pick")) {
                int stocked = levels.executeUpdate();
                try (PreparedStatement ledger = connection.prepareStatement("insert into stock_movement (sku_id, "
                        + "warehouse_id, kind, on_hand_delta, held_delta, reason, actor, created_at) "
                        + "select l.sku_id, l.warehouse_id, 'RECEIPT', l.on_hand, 0, 'Opening stock', 'demo-data', ? "
                        + "from stock_level l where l.on_hand > 0 and not exists (select 1 from stock_movement m "
                        + "where m.sku_id = l.sku_id and m.warehouse_id = l.warehouse_id)")) {
                    ledger.setObject(1, time);
                    ledger.executeUpdate();
                }
                statement.executeUpdate("insert into stock_policy (sku_id, low_stock_threshold) select id, 5 from sku "
                        + "where (id * 13) % 10 = 0 on conflict (sku_id) do nothing");
                statement.executeUpdate("update product p set in_stock = exists (select 1 from sku s join stock_level "
                        + "l on l.sku_id = s.id where s.product_id = p.id and l.on_hand > l.held)");
                return stocked;
            }
        }
    }
}
