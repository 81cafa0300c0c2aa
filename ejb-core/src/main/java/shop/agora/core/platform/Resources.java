package shop.agora.core.platform;

/**
 * Names of the container resources the application uses. The data source and the connection factory are domain
 * resources (created by the platform, or by the commands in the README): an XA data source on PostgreSQL and an XA
 * connection factory on the Artemis adapter, so that a business transaction commits its rows and its published
 * events together (two-phase commit), and the transaction manager can recover a transaction left in doubt.
 */
public final class Resources {

    public static final String DATA_SOURCE = "jdbc/agora";
    public static final String CONNECTION_FACTORY = "jms/agora";
    /** The name under which the Artemis resource adapter is deployed; MDBs name it in their activation config. */
    public static final String RESOURCE_ADAPTER = "artemis-ra";

    private Resources() {
    }
}
