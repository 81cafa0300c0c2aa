package shop.agora.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server run from the binaries in a Maven artifact. Its data directory is kept between starts, and
 * {@code max_prepared_transactions} is raised because the application commits database and broker work with XA.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDir, int port) {
        Ports.requireFree(port, "PostgreSQL");
        try {
            Files.createDirectories(dataDir);
            boolean existing = Files.exists(dataDir.resolve("PG_VERSION"));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_prepared_transactions", "50")
                    .setServerConfig("max_connections", "120")
                    // room for the catalog's search data: 300,000 products take about 550 MB with their indexes
                    .setServerConfig("shared_buffers", "768MB")
                    // a search's or listing's matches are gathered once for its counts; keep them in memory
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("listen_addresses", "localhost")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.ensureApplicationDatabase();
            System.out.println("[infra] PostgreSQL on port " + port + (existing ? " (existing data)" : " (new data)")
                    + " in " + dataDir);
            return database;
        } catch (IOException | SQLException e) {
            throw new InfraException("PostgreSQL did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    private void ensureApplicationDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            if (!exists(statement, "select 1 from pg_roles where rolname = '" + InfraSettings.DB_USER + "'")) {
                statement.execute("create role " + InfraSettings.DB_USER + " login password '"
                        + InfraSettings.DB_PASSWORD + "'");
            }
            if (!exists(statement, "select 1 from pg_database where datname = '" + InfraSettings.DB_NAME + "'")) {
                statement.execute("create database " + InfraSettings.DB_NAME + " owner " + InfraSettings.DB_USER);
            }
        }
    }

    private static boolean exists(Statement statement, String query) throws SQLException {
        try (ResultSet rows = statement.executeQuery(query)) {
            return rows.next();
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new InfraException("PostgreSQL did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
