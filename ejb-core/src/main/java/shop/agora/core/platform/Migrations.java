package shop.agora.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database: Flyway applies the versioned scripts in
 * {@code db/migration}. EclipseLink never creates or drops tables.
 *
 * <p>The data source ({@link Resources#DATA_SOURCE}) and the JMS connection factory are domain resources, created by
 * the platform (see the README): the transaction manager's recovery only reaches domain resources, and it must reach
 * both to finish a transaction left in doubt.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    // A singleton's @PostConstruct runs with the attribute given on the method itself; Flyway manages its own
    // transactions, which an active XA transaction forbids.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        MigrateResult result = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }
}
