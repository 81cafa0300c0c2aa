package shop.agora.core.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.JMSConnectionFactoryDefinition;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database: Flyway applies the versioned scripts in
 * {@code db/migration}. EclipseLink never creates or drops tables.
 *
 * <p>The application's container resources are defined here. Connection settings come from MicroProfile Config
 * (environment variables such as {@code AGORA_DB_HOST}, or {@code asadmin set-config-property}); the defaults are in
 * {@code META-INF/microprofile-config.properties}. The data source is an XA data source so that a business
 * transaction commits its rows and its published events together (two-phase commit with the Artemis adapter).
 */
@DataSourceDefinition(
        name = Resources.DATA_SOURCE,
        className = "org.postgresql.xa.PGXADataSource",
        url = "jdbc:postgresql://${MPCONFIG=agora.db.host}:${MPCONFIG=agora.db.port}/${MPCONFIG=agora.db.name}",
        user = "${MPCONFIG=agora.db.user}",
        password = "${MPCONFIG=agora.db.password}",
        transactional = true,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
        })
@JMSConnectionFactoryDefinition(
        name = Resources.CONNECTION_FACTORY,
        interfaceName = "jakarta.jms.ConnectionFactory",
        resourceAdapter = Resources.RESOURCE_ADAPTER,
        transactional = true,
        maxPoolSize = 40,
        minPoolSize = 0,
        // publishing must fail at once when the broker is away (the business transaction rolls back and the page
        // says "try again"), not wait for a reconnection; a failed connection leaves the pool and the next request
        // connects afresh. The message-driven beans keep reconnecting (the adapter's own setting).
        properties = {"ReconnectAttempts=0", "InitialConnectAttempts=1", "CallTimeout=3000"})
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
