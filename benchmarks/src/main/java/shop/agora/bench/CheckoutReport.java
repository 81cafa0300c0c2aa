package shop.agora.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * What the orders of a checkout load run say about themselves, from their history: how many were confirmed, at
 * what rate (first order placed to last one confirmed), and how long each took from payment (the gateway's answer,
 * when "Payment Processed" is published) to confirmed (the consumer's transition). Prints properties.
 * The run's orders are those whose email starts with {@code load-<run>-} (CheckoutSimulation's guests).
 * {@code CheckoutReport <jdbc-url> <user> <password> <run>}
 */
public final class CheckoutReport {

    private CheckoutReport() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length != 4) {
            System.err.println("usage: CheckoutReport <jdbc-url> <user> <password> <run>");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2]);
             PreparedStatement query = connection.prepareStatement("with run as (select o.id, o.status, o.created_at, "
                     + "p.updated_at paid_at, h.at confirmed_at from customer_order o "
                     + "left join payment p on p.order_id = o.id and p.status = 'SUCCEEDED' "
                     + "left join order_history h on h.order_id = o.id and h.to_status = 'CONFIRMED' "
                     + "where o.email like ?) "
                     // confirmed: reached it (a longer run's first orders are shipped by the end)
                     + "select count(*) filter (where confirmed_at is not null), "
                     + "count(*) filter (where status = 'CANCELLED'), "
                     + "count(*), extract(epoch from max(confirmed_at) - min(created_at)), "
                     + "percentile_disc(0.5) within group (order by confirmed_at - paid_at), "
                     + "percentile_disc(0.95) within group (order by confirmed_at - paid_at), "
                     + "percentile_disc(0.99) within group (order by confirmed_at - paid_at) from run")) {
            query.setString(1, "load-" + args[3] + "-%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long confirmed = row.getLong(1);
                double seconds = row.getDouble(4);
                System.out.printf(Locale.ROOT, "confirmedOrders=%d%ncancelledOrders=%d%nallOrders=%d%n"
                                + "seconds=%.1f%nordersPerSecond=%.1f%nconfirmP50=%d%nconfirmP95=%d%nconfirmP99=%d%n",
                        confirmed, row.getLong(2), row.getLong(3), seconds, confirmed / Math.max(seconds, 0.001),
                        millis(row.getObject(5)), millis(row.getObject(6)), millis(row.getObject(7)));
            }
        }
    }

    /** A PostgreSQL interval in milliseconds (-1 when there is none). */
    private static long millis(Object interval) {
        if (!(interval instanceof org.postgresql.util.PGInterval value)) {
            return -1;
        }
        return Math.round((((value.getDays() * 24L + value.getHours()) * 60 + value.getMinutes()) * 60
                + value.getSeconds()) * 1000);
    }
}
