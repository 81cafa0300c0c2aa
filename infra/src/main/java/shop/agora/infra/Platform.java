package shop.agora.infra;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole platform on one machine: PostgreSQL, the broker, the SMTP server and the Payara domain with the resource
 * adapter. Used by {@code ./run.sh} through {@link InfraMain} and by the integration tests, so both run the same way.
 */
public final class Platform implements AutoCloseable {

    private final InfraSettings settings;
    private final PayaraDomain domain;
    private EmbeddedDatabase database;
    private EmbeddedBroker broker;
    private MailServer mail;
    private ControlServer control;
    private boolean domainStarted;

    public Platform(InfraSettings settings) {
        this.settings = settings;
        this.domain = new PayaraDomain(settings);
    }

    public InfraSettings settings() {
        return settings;
    }

    public MailServer mail() {
        return mail;
    }

    public PayaraDomain domain() {
        return domain;
    }

    /** Checks every port first, so that a busy port is reported before anything has started. */
    public Platform start(Path resourceAdapter) {
        Ports.requireFree(settings.databasePort(), "PostgreSQL");
        Ports.requireFree(settings.brokerPort(), "Artemis broker");
        Ports.requireFree(settings.smtpPort(), "SMTP server");
        Ports.requireFree(settings.imapPort(), "IMAP server");
        Ports.requireFree(settings.httpPort(), "Payara HTTP");
        Ports.requireFree(settings.adminPort(), "Payara administration");
        try {
            database = EmbeddedDatabase.start(settings.dataDir().resolve("postgres"), settings.databasePort());
            broker = EmbeddedBroker.start(settings.dataDir().resolve("artemis"), settings.brokerPort(),
                    settings.maxDeliveryAttempts(), settings.redeliveryDelay());
            mail = MailServer.start(settings.smtpPort(), settings.imapPort());
            if (settings.controlPort() > 0) {
                control = ControlServer.start(settings.controlPort(), new ControlServer.Actions() {
                    @Override
                    public void stopBroker() {
                        Platform.this.stopBroker();
                    }

                    @Override
                    public void startBroker() {
                        Platform.this.startBroker();
                    }

                    @Override
                    public String leavePreparedSend(String address, Map<String, String> properties, String text) {
                        return runningBroker().leavePreparedSend(address, properties, text);
                    }

                    @Override
                    public String preparedBranches() {
                        return runningBroker().preparedBranches();
                    }

                    @Override
                    public boolean rollBackPrepared(String xid) {
                        return runningBroker().rollBackPrepared(xid);
                    }
                });
            }
            domain.start(applicationEnvironment());
            domainStarted = true;
            domain.deployResourceAdapter(resourceAdapter);
            domain.createResources();
            domain.awaitHttp();
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The configuration the application reads through MicroProfile Config (environment variables). */
    public Map<String, String> applicationEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AGORA_DB_HOST", "localhost");
        env.put("AGORA_DB_PORT", String.valueOf(settings.databasePort()));
        env.put("AGORA_DB_NAME", InfraSettings.DB_NAME);
        env.put("AGORA_DB_USER", InfraSettings.DB_USER);
        env.put("AGORA_DB_PASSWORD", InfraSettings.DB_PASSWORD);
        env.put("AGORA_BROKER_HOST", "127.0.0.1");
        env.put("AGORA_BROKER_PORT", String.valueOf(settings.brokerPort()));
        env.put("AGORA_SMTP_HOST", "127.0.0.1");
        env.put("AGORA_SMTP_PORT", String.valueOf(settings.smtpPort()));
        env.put("AGORA_DEMO_DATA", String.valueOf(settings.demoData()));
        env.put("AGORA_STOREFRONT_URL", "http://localhost:" + settings.httpPort() + "/shop");
        env.put("AGORA_INVENTORY_HOLD_SWEEP_SECONDS", String.valueOf(settings.holdSweepSeconds()));
        env.put("AGORA_TRACKING_POLL_SECONDS", String.valueOf(settings.trackingPollSeconds()));
        env.put("AGORA_CARRIER_SANDBOX_STEP_MINUTES", String.valueOf(settings.carrierStepMinutes()));
        env.put("AGORA_CLOCK_ADJUSTABLE", String.valueOf(settings.adjustableClock()));
        if (!settings.trustedProxies().isEmpty()) {
            env.put("AGORA_WEB_TRUSTED_PROXIES", settings.trustedProxies());
        }
        return env;
    }

    /** Stops the broker, as if it crashed or was taken down for maintenance; its journal stays. */
    public synchronized void stopBroker() {
        if (broker != null) {
            broker.close();
            broker = null;
            System.out.println("[infra] Artemis broker stopped");
        }
    }

    /** Starts the broker again on the same journal: whatever it had stored is delivered again. */
    public synchronized void startBroker() {
        if (broker == null) {
            broker = EmbeddedBroker.start(settings.dataDir().resolve("artemis"), settings.brokerPort(),
                    settings.maxDeliveryAttempts(), settings.redeliveryDelay());
        }
    }

    private synchronized EmbeddedBroker runningBroker() {
        if (broker == null) {
            throw new InfraException("The broker is stopped");
        }
        return broker;
    }

    public void deploy(Path ear, String name) {
        domain.deployApplication(ear, name);
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        if (domainStarted) {
            try {
                domain.stop();
                domainStarted = false;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        for (AutoCloseable part : new AutoCloseable[] {control, mail, broker, database}) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new InfraException(e.getMessage(), e);
                }
            }
        }
        control = null;
        mail = null;
        broker = null;
        database = null;
        if (failure != null) {
            throw failure;
        }
    }
}
