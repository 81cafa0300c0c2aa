package shop.agora.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.core.transaction.impl.XidImpl;

/**
 * The ActiveMQ Artemis broker with a persistent journal. Every address redelivers a failed message after a delay, a
 * bounded number of times, and then moves it to the {@code DLQ} queue; nothing is ever dropped silently.
 */
public final class EmbeddedBroker implements AutoCloseable {

    public static final String DEAD_LETTER_QUEUE = "DLQ";
    public static final String EXPIRY_QUEUE = "ExpiryQueue";

    private final EmbeddedActiveMQ broker;
    private final int port;

    private EmbeddedBroker(EmbeddedActiveMQ broker, int port) {
        this.broker = broker;
        this.port = port;
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
            return new EmbeddedBroker(broker, port);
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

    /**
     * Leaves a transaction branch prepared on the broker that sends one text message to a topic (multicast
     * address), with string properties: what an application server's transaction leaves behind when the broker
     * goes away after its prepare and before the commit or rollback reaches it. For tests of what settles such
     * branches. Returns the branch's id as the broker's management writes it.
     */
    public String leavePreparedSend(String address, Map<String, String> properties, String text) {
        Xid xid = new XidImpl("agora-it".getBytes(StandardCharsets.US_ASCII), 0x4147,
                UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://127.0.0.1:" + port);
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(true, false, false)) {
            session.start(xid, XAResource.TMNOFLAGS);
            try (ClientProducer producer = session.createProducer(address)) {
                ClientMessage message = session.createMessage(Message.TEXT_TYPE, true);
                message.setRoutingType(RoutingType.MULTICAST);
                properties.forEach(message::putStringProperty);
                message.getBodyBuffer().writeNullableSimpleString(SimpleString.of(text));
                producer.send(message);
            }
            session.end(xid, XAResource.TMSUCCESS);
            session.prepare(xid);
            return XidImpl.toBase64String(xid);
        } catch (Exception e) {
            throw new InfraException("Could not leave a prepared branch on the broker: " + e.getMessage(), e);
        }
    }

    /** The branches the broker holds prepared, as its management lists them (JSON). */
    public String preparedBranches() {
        try {
            return broker.getActiveMQServer().getActiveMQServerControl().listPreparedTransactionDetailsAsJSON();
        } catch (Exception e) {
            throw new InfraException("Could not list the broker's prepared branches: " + e.getMessage(), e);
        }
    }

    /** Rolls back a prepared branch (by the id its management writes); false when the broker has no such branch. */
    public boolean rollBackPrepared(String xid) {
        try {
            return broker.getActiveMQServer().getActiveMQServerControl().rollbackPreparedTransaction(xid);
        } catch (Exception e) {
            throw new InfraException("Could not roll back the prepared branch " + xid + ": " + e.getMessage(), e);
        }
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
