package shop.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import shop.agora.core.demo.CatalogWriter;
import shop.agora.core.demo.DemoCatalog;

/**
 * Fills the catalog of a running Agora (./run.sh) up to the given number of products, for benchmarks:
 * {@code GenerateCatalog <jdbc-url> <user> <password> <products>}; with {@code sample} instead of a number it
 * prints what the benchmark requests. Products already there count; running it again
 * adds nothing. The storefront's caches are not told: restart ./run.sh (or wait ten minutes) after generating.
 */
public final class GenerateCatalog {

    private static final int BATCH = 2_000;

    private GenerateCatalog() {
    }

    /**
     * Prints a product slug, a category slug and a search word of the catalog, one per line, for the URLs; then the
     * varied requests: "search" lines with a query, "category" lines with a category slug.
     */
    private static void sample(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
             Statement statement = connection.createStatement()) {
            for (String sql : new String[] {
                "select slug from product where status = 'ACTIVE' order by id limit 1 offset 1000",
                "select c.slug from category c join product_category pc on pc.category_id = c.id "
                        + "group by c.slug order by count(*) desc limit 1",
                "select 'laptop'"}) {
                try (var rows = statement.executeQuery(sql)) {
                    rows.next();
                    System.out.println(rows.getString(1));
                }
            }
            // words customers type: product nouns and brands of the catalog, alone and in pairs
            java.util.List<String> words = new java.util.ArrayList<>();
            for (DemoCatalog.Department department : DemoCatalog.DEPARTMENTS) {
                for (DemoCatalog.Kind kind : department.kinds()) {
                    for (String noun : kind.nouns()) {
                        words.add(noun.toLowerCase(java.util.Locale.ROOT));
                    }
                    kind.brands().forEach(b -> words.add(b.toLowerCase(java.util.Locale.ROOT)));
                }
            }
            java.util.List<String> distinct = words.stream().distinct().toList();
            for (String first : distinct) {
                System.out.println("search " + first);
                for (String second : distinct.subList(0, Math.min(15, distinct.size()))) {
                    if (!second.equals(first)) {
                        System.out.println("search " + first + " " + second);
                    }
                }
            }
            try (var rows = statement.executeQuery("select slug from category order by id")) {
                while (rows.next()) {
                    System.out.println("category " + rows.getString(1));
                }
            }
        }
    }

    public static void main(String[] args) throws SQLException {
        if (args.length == 4 && "sample".equals(args[3])) {
            sample(args);
            return;
        }
        if (args.length != 4) {
            System.err.println("usage: GenerateCatalog <jdbc-url> <user> <password> <products>");
            System.exit(2);
        }
        int target = Integer.parseInt(args[3]);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            CatalogWriter writer = new CatalogWriter(connection, Instant.now()).prepare();
            connection.commit();
            long have = writer.productCount();
            long started = System.nanoTime();
            for (long next = have; next < target; next += BATCH) {
                int count = (int) Math.min(BATCH, target - next);
                List<DemoCatalog.Product> batch = new ArrayList<>(count);
                DemoCatalog.generate((int) next, count, 2026, batch::add);
                writer.write(batch);
                connection.commit();
                System.out.printf("%,d products%n", next + count);
            }
            int stocked = writer.writeStock();
            connection.commit();
            System.out.printf("%,d SKUs got opening stock%n", stocked);
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            connection.commit();
            System.out.printf("The catalog has %,d products (%.0f s).%n", writer.productCount(),
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
