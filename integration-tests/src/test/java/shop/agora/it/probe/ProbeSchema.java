package shop.agora.it.probe;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import shop.agora.core.platform.Resources;

/** The probes' own tables, outside the application's schema. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ProbeSchema {

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void create() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists it_probe_source (event_id uuid not null)");
            statement.execute("create table if not exists it_probe_effect (event_id uuid not null, note text)");
            statement.execute("create table if not exists it_probe_attempt (event_id uuid not null)");
            statement.execute("create table if not exists it_probe_fixed (event_id uuid primary key)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
