package shop.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Gives a product's SKUs enough stock for a load test: a receipt of the given units in its first warehouse, through
 * the ledger like every stock change, and the product marked in stock.
 * {@code Restock <jdbc-url> <user> <password> <product-slug> <units>}
 */
public final class Restock {

    private Restock() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 5) {
            System.err.println("usage: Restock <jdbc-url> <user> <password> <product-slug> <units>");
            System.exit(2);
        }
        int units = Integer.parseInt(args[4]);
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.setAutoCommit(false);
            try (PreparedStatement skus = connection.prepareStatement("select s.id, (select min(id) from warehouse) "
                    + "from sku s join product p on p.id = s.product_id where p.slug = ?")) {
                skus.setString(1, args[3]);
                try (ResultSet rows = skus.executeQuery()) {
                    while (rows.next()) {
                        receive(connection, rows.getLong(1), rows.getLong(2), units);
                    }
                }
            }
            try (PreparedStatement flag = connection.prepareStatement(
                    "update product set in_stock = true where slug = ?")) {
                flag.setString(1, args[3]);
                flag.executeUpdate();
            }
            connection.commit();
            System.out.printf("%s: %,d more units per variant%n", args[3], units);
        }
    }

    private static void receive(Connection connection, long sku, long warehouse, int units) throws SQLException {
        try (PreparedStatement level = connection.prepareStatement("insert into stock_level (sku_id, warehouse_id, "
                + "on_hand, held, version) values (?, ?, ?, 0, 1) on conflict (sku_id, warehouse_id) do update set "
                + "on_hand = stock_level.on_hand + excluded.on_hand, version = stock_level.version + 1");
             PreparedStatement ledger = connection.prepareStatement("insert into stock_movement (sku_id, "
                     + "warehouse_id, kind, on_hand_delta, held_delta, reason, actor, created_at) values "
                     + "(?, ?, 'RECEIPT', ?, 0, 'Load test stock', 'bench', now())")) {
            for (PreparedStatement statement : new PreparedStatement[] {level, ledger}) {
                statement.setLong(1, sku);
                statement.setLong(2, warehouse);
                statement.setInt(3, units);
                statement.executeUpdate();
            }
        }
    }
}
