package shop.agora.infra;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The ActiveMQ Artemis broker with a persistent journal. Every address redelivers a failed message after a delay, a
 * bounded number of times, and then moves it to the {@code DLQ} queue; nothing is ever dropped silently.
 */
public final class EmbeddedBroker implements AutoCloseable {

    public static final String DEAD_LETTER_QUEUE = "DLQ";
    public static final String EXPIRY_QUEUE = "ExpiryQueue";

    private final EmbeddedActiveMQ broker;

    private EmbeddedBroker(EmbeddedActiveMQ broker) {
        this.broker = broker;
    }

    public static EmbeddedBroker start(Path dataDir, int port, int maxDeliveryAttempts, Duration redeliveryDelay) {
        Ports.requireFree(port, "Artemis broker");
        try {
            Configuration config = new ConfigurationImpl()
                    .setName("agora-broker")
                    .setPersistenceEnabled(true)
                    .setSecurityEnabled(false)
                    .setJournalDirectory(dataDir.resolve("journal").toString())
                    .setBindingsDirectory(dataDir.resolve("bindings").toString())
                    .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                    .setPagingDirectory(dataDir.resolve("paging").toString())
                    .setNodeManagerLockDirectory(dataDir.toString())
                    .addAcceptorConfiguration("tcp", "tcp://127.0.0.1:" + port)
                    .addAddressSetting("#", deliverySettings(maxDeliveryAttempts, redeliveryDelay))
                    .addAddressConfiguration(anycastQueue(DEAD_LETTER_QUEUE))
                    .addAddressConfiguration(anycastQueue(EXPIRY_QUEUE));
            EmbeddedActiveMQ broker = new EmbeddedActiveMQ().setConfiguration(config);
            broker.start();
            System.out.println("[infra] Artemis broker on port " + port + ", journal in " + dataDir
                    + " (" + maxDeliveryAttempts + " delivery attempts, then " + DEAD_LETTER_QUEUE + ")");
            return new EmbeddedBroker(broker);
        } catch (Exception e) {
            throw new InfraException("The Artemis broker did not start on port " + port + ": " + e.getMessage(), e);
        }
    }

    static AddressSettings deliverySettings(int maxDeliveryAttempts, Duration redeliveryDelay) {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTER_QUEUE))
                .setExpiryAddress(SimpleString.of(EXPIRY_QUEUE))
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(redeliveryDelay.toMillis())
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(redeliveryDelay.toMillis() * 16)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteQueues(false)
                .setAutoDeleteAddresses(false);
    }

    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name).setRoutingType(RoutingType.ANYCAST));
    }

    @Override
    public void close() {
        try {
            broker.stop();
        } catch (Exception e) {
            throw new InfraException("The Artemis broker did not stop cleanly: " + e.getMessage(), e);
        }
    }
}
