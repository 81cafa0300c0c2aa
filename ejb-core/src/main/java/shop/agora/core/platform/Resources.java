package shop.agora.core.platform;

/**
 * Names of the application's container resources, defined on {@link Migrations}. Connection settings come from MicroProfile Config (environment variables
 * such as {@code AGORA_DB_HOST}, or {@code asadmin set-config-property}); the defaults are in
 * {@code META-INF/microprofile-config.properties}. The data source is an XA data source so that a business
 * transaction commits its rows and its published events together (two-phase commit with the Artemis adapter).
 */
public final class Resources {

    public static final String DATA_SOURCE = "java:app/jdbc/agora";
    public static final String CONNECTION_FACTORY = "java:app/jms/agora";
    /** The name under which the Artemis resource adapter is deployed; MDBs name it in their activation config. */
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    private Resources() {
    }
}
