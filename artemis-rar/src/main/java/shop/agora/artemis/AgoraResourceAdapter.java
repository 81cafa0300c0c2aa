package shop.agora.artemis;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.ResourceAdapterInternalException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.ra.ActiveMQResourceAdapter;
import org.apache.activemq.artemis.service.extensions.xa.recovery.ActiveMQXAResourceWrapper;
import org.apache.activemq.artemis.service.extensions.xa.recovery.XARecoveryConfig;

/**
 * The Artemis resource adapter, pointed at the broker named by {@code AGORA_BROKER_HOST} and
 * {@code AGORA_BROKER_PORT} (environment variables, or the system properties {@code agora.broker.host} and
 * {@code agora.broker.port}). Without them it uses the ra.xml default, a broker on this machine's port 61616.
 *
 * <p>It also gives the server's transaction manager what it needs to finish a transaction left in doubt on the
 * broker (prepared, then the broker went away before the commit reached it). The manager's recovery asks
 * {@link #getXAResources} with activation specs of its own making, which the Artemis adapter does not recognise
 * (it keys its activations by identity) and so answers with nothing. This adapter answers with one recovery
 * resource that connects to the broker when asked: {@code recover} lists every prepared branch on the broker, and
 * the manager commits those its log says committed and rolls back the rest of its own. The outbound connection
 * factory's branches live on the same broker, so they are covered as well.
 *
 * <p>The Artemis client handles a broken connection on a shared thread pool, by default 8 threads per processor.
 * While the broker is away, every message-driven bean's session keeps one of those threads busy trying to
 * reconnect, so on a small machine the pool fills up and the failure of an outbound connection waits in its
 * queue: a request that publishes an event then blocks for the call timeout of each pooled connection the server
 * closes, instead of being told at once that the broker is away. This adapter lets the pool grow as needed
 * (threads are reused and end when idle), unless {@value ActiveMQClient#THREAD_POOL_MAX_SIZE_PROPERTY_KEY} sets
 * its size.
 */
public class AgoraResourceAdapter extends ActiveMQResourceAdapter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(AgoraResourceAdapter.class.getName());

    private transient ActiveMQXAResourceWrapper recovery;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        String host = setting("AGORA_BROKER_HOST", "agora.broker.host");
        String port = setting("AGORA_BROKER_PORT", "agora.broker.port");
        if (host != null || port != null) {
            setConnectionParameters("host=" + (host == null ? "127.0.0.1" : host)
                    + ";port=" + (port == null ? "61616" : port));
        }
        if (System.getProperty(ActiveMQClient.THREAD_POOL_MAX_SIZE_PROPERTY_KEY) == null) {
            ActiveMQClient.setGlobalThreadPoolProperties(-1, ActiveMQClient.getGlobalScheduledThreadPoolSize(),
                    ActiveMQClient.getGlobalFlowControlThreadPoolSize());
        }
        super.start(context);
    }

    @Override
    public synchronized XAResource[] getXAResources(ActivationSpec[] specs) throws ResourceException {
        if (recovery == null) {
            recovery = new ActiveMQXAResourceWrapper(
                    XARecoveryConfig.newConfig(getDefaultActiveMQConnectionFactory(), null, null, Map.of()));
        }
        return new XAResource[] {recovery};
    }

    @Override
    public void stop() {
        synchronized (this) {
            if (recovery != null) {
                try {
                    recovery.close();
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "closing the recovery connection failed", e);
                }
                recovery = null;
            }
        }
        super.stop();
    }

    private static String setting(String environmentVariable, String systemProperty) {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
