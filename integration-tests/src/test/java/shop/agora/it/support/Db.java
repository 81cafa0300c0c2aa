package shop.agora.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * One-parameter SQL for tests that look at or arrange the database directly: in the container with its data source
 * (also in a test WAR without JUnit), or from the test JVM ({@link TestDatabase}).
 */
public final class Db {

    private final DataSource dataSource;

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row as a number (the row must exist). */
    public long number(String query, Object parameter) {
        return ((Number) value(query, parameter)).longValue();
    }

    public String text(String query, Object parameter) {
        return String.valueOf(value(query, parameter));
    }

    public int execute(String statement, Object parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, parameter);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(statement, e);
        }
    }

    private Object value(String query, Object parameter) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(query)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new AssertionError("no row: " + query);
                }
                return rows.getObject(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(query, e);
        }
    }
}
