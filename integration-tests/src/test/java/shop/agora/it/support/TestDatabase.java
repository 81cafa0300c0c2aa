package shop.agora.it.support;

import org.postgresql.ds.PGSimpleDataSource;
import shop.agora.infra.InfraSettings;

/**
 * The test platform's database as the test JVM reaches it, for browser tests (which run outside the server) that
 * arrange what no page does, as the in-container tests do with the application's data source. Not for test WARs.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static Db db() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(PlatformSession.settings().jdbcUrl());
        dataSource.setUser(InfraSettings.DB_USER);
        dataSource.setPassword(InfraSettings.DB_PASSWORD);
        return new Db(dataSource);
    }
}
