package shop.agora.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Payara Server domain driven through {@code asadmin}: created on first use, started with the application's
 * configuration in its environment (MicroProfile Config reads it), given the Artemis resource adapter, and stopped.
 */
public final class PayaraDomain {

    public static final String RESOURCE_ADAPTER = "artemis-ra";
    public static final String DATA_SOURCE = "jdbc/agora";
    public static final String CONNECTION_FACTORY = "jms/agora";
    private static final String DATABASE_POOL = "agora-database";
    private static final String BROKER_POOL = "agora-broker";
    static final int RECOVERY_INTERVAL_SECONDS = 15;
    private static final String RECOVERY_PROPERTY = "pending-txn-cleanup-interval";
    static final int VALIDATION_PERIOD_SECONDS = 10;
    private static final String NO_COMMIT_RETRIES = "retry-timeout-in-seconds=\"0\"";

    private final InfraSettings settings;

    public PayaraDomain(InfraSettings settings) {
        this.settings = settings;
    }

    public boolean exists() {
        return Files.isDirectory(settings.domainDir().resolve(settings.domainName()).resolve("config"));
    }

    public void createIfMissing() {
        if (exists()) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("create-domain", "--nopassword=true",
                "--domaindir", settings.domainDir().toString()));
        if (settings.portBase() > 0) {
            command.addAll(List.of("--portbase", String.valueOf(settings.portBase())));
        } else {
            command.addAll(List.of("--adminport", String.valueOf(settings.adminPort()),
                    "--instanceport", String.valueOf(settings.httpPort())));
        }
        command.add(settings.domainName());
        asadmin(Map.of(), 300, command);
        System.out.println("[infra] created Payara domain " + settings.domainName() + " in " + settings.domainDir());
    }

    public boolean isRunning() {
        return Ports.isListening(settings.adminPort()) && Ports.isListening(settings.httpPort());
    }

    public void start(Map<String, String> environment) {
        Ports.requireFree(settings.httpPort(), "Payara HTTP");
        Ports.requireFree(settings.adminPort(), "Payara administration");
        createIfMissing();
        configureServer();
        installDatabaseDriver();
        asadmin(environment, 300, List.of("start-domain", "--domaindir", settings.domainDir().toString(),
                settings.domainName()));
        System.out.println("[infra] Payara domain " + settings.domainName() + " is running: " + settings.baseUrl());
    }

    /**
     * Lets the transaction manager finish transactions left in doubt without a restart: it recovers them at start
     * ({@code automatic-recovery}) and then every {@value #RECOVERY_INTERVAL_SECONDS} s
     * ({@code pending-txn-cleanup-interval}). A branch is left in doubt when a resource (the broker, the database)
     * goes away between the two phases of a commit; once it is back, the next pass commits or rolls it back as the
     * manager's log says.
     *
     * <p>It also does not retry a failed second phase in the committing thread ({@code retry-timeout-in-seconds=0};
     * by default it retries every 60 s for 10 minutes). A commit to the broker fails when the broker went away
     * mid-commit, and the retries would go to the same broken connection: the request or consumer would hang for ten
     * minutes for nothing. Without them the transaction is left to the recovery passes above, and an event the
     * broker keeps prepared is settled by the application ({@code InDoubtEvents}).
     *
     * <p>The manager reads these settings when it starts, so they are written into the stopped domain's
     * configuration; {@code asadmin set} on a running domain would come too late. The server's heap is set there too
     * ({@link #withHeap}), and so is how often the database pool checks a connection, for domains created before it
     * was set at creation ({@link #withDatabaseValidationPeriod}).
     */
    void configureServer() {
        Path domainXml = settings.domainDir().resolve(settings.domainName()).resolve("config/domain.xml");
        try {
            String xml = Files.readString(domainXml);
            String configured = withDatabaseValidationPeriod(
                    withHeap(withTransactionRecovery(xml), settings.serverHeap()));
            if (!configured.equals(xml)) {
                Files.writeString(domainXml, configured);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new InfraException("cannot configure the server in " + domainXml + ": " + e.getMessage(), e);
        }
    }

    /**
     * The domain configuration with the server's heap ({@code -Xmx} of the first configuration, the server's) at
     * {@code heap}: a new domain has 512 MB, which the application's caches and the tests' many redeployments of the
     * application outgrow; a shop open to many guests needs more for their sessions ({@link InfraSettings#forRun}).
     */
    static String withHeap(String xml, String heap) {
        return xml.replaceFirst("<jvm-options>-Xmx[^<]*</jvm-options>", "<jvm-options>-Xmx" + heap + "</jvm-options>");
    }

    /**
     * The domain configuration with the database pool checking a connection (one query) at most every
     * {@value #VALIDATION_PERIOD_SECONDS} s instead of each time it is handed out: the check was a round trip to the
     * database on every page and every event. A connection broken since (the database restarted) fails the one
     * transaction that gets it and is then replaced. Without that pool (a new domain) nothing changes.
     */
    static String withDatabaseValidationPeriod(String xml) {
        Matcher pool = Pattern.compile("<jdbc-connection-pool\\b[^>]*\\bname=\"" + DATABASE_POOL + "\"[^>]*>")
                .matcher(xml);
        if (!pool.find()) {
            return xml;
        }
        String element = pool.group().replaceAll("\\s*validate-atmost-once-period-in-seconds=\"[^\"]*\"", "");
        String configured = element.replaceFirst("^<jdbc-connection-pool", "<jdbc-connection-pool "
                + "validate-atmost-once-period-in-seconds=\"" + VALIDATION_PERIOD_SECONDS + "\"");
        return xml.substring(0, pool.start()) + configured + xml.substring(pool.end());
    }

    /**
     * The domain configuration with the first {@code <transaction-service>} (the server's; the default
     * configuration's comes later) recovering at start and every {@value #RECOVERY_INTERVAL_SECONDS} s, without
     * retries in the committing thread. Applied again to a domain it was applied to, it changes nothing.
     */
    static String withTransactionRecovery(String xml) {
        Matcher element = Pattern.compile("<transaction-service\\b([^>]*?)(/?)>").matcher(xml);
        if (!element.find()) {
            throw new IllegalArgumentException("no <transaction-service> element");
        }
        String attributes = element.group(1)
                .replaceAll("\\s*(automatic-recovery|retry-timeout-in-seconds)=\"[^\"]*\"", "").stripTrailing();
        int end = element.group(2).isEmpty() ? xml.indexOf("</transaction-service>", element.end()) : -1;
        boolean hasProperty = end >= 0 && xml.substring(element.end(), end).contains(RECOVERY_PROPERTY);
        String replacement = "<transaction-service" + attributes + " automatic-recovery=\"true\" " + NO_COMMIT_RETRIES
                + ">" + (hasProperty ? "" : "<property name=\"" + RECOVERY_PROPERTY + "\" value=\""
                + RECOVERY_INTERVAL_SECONDS + "\"></property>")
                + (element.group(2).isEmpty() ? "" : "</transaction-service>");
        return xml.substring(0, element.start()) + replacement + xml.substring(element.end());
    }

    /**
     * Waits until the HTTP port answers. (Changing the HTTP listener's settings on a running domain restarts the
     * listener, and once in a while it then stayed unbound: the domain is left as created.)
     */
    public void awaitHttp() {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (!Ports.isListening(settings.httpPort())) {
            if (System.nanoTime() > deadline) {
                throw new InfraException("Payara's HTTP port " + settings.httpPort() + " does not answer; see "
                        + settings.domainDir().resolve(settings.domainName()).resolve("logs/server.log"));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InfraException("interrupted while waiting for Payara's HTTP port", e);
            }
        }
    }

    /**
     * The PostgreSQL driver in the domain's own library folder: the data source is a domain resource (see
     * {@link #createResources()}), so its driver must be on the server's class path, not only in the application.
     */
    void installDatabaseDriver() {
        try {
            Path driver = Path.of(org.postgresql.Driver.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            Path lib = settings.domainDir().resolve(settings.domainName()).resolve("lib");
            Files.createDirectories(lib);
            Path target = lib.resolve(driver.getFileName());
            if (!Files.exists(target)) {
                try (var old = Files.list(lib)) {
                    for (Path other : old.filter(p -> p.getFileName().toString().startsWith("postgresql-")).toList()) {
                        Files.delete(other);
                    }
                }
                Files.copy(driver, target);
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new InfraException("cannot put the PostgreSQL driver into the domain: " + e.getMessage(), e);
        }
    }

    /**
     * The application's data source and JMS connection factory, as domain resources, created when missing. They are
     * domain resources rather than definitions inside the application because the transaction manager's recovery
     * only knows domain resources: a transaction left in doubt (prepared in PostgreSQL or the broker, then the
     * connection broke before the commit) is finished by recovery, which needs to reach both. The connection
     * settings are read from the domain's environment ({@code AGORA_DB_*}) when the pool connects.
     *
     * <p>The broker pool fails all its connections at the first broken one, so that after the broker restarts no
     * request gets a connection to the old broker; publishing does not reconnect ({@code ReconnectAttempts=0}) and
     * gives up after 3 s, so a business transaction fails at once (and rolls back whole) while the broker is away.
     */
    public void createResources() {
        String pools = asadminOutput(List.of("--port", String.valueOf(settings.adminPort()),
                "list-jdbc-connection-pools"));
        if (!pools.lines().anyMatch(DATABASE_POOL::equals)) {
            admin("create-jdbc-connection-pool", "--datasourceclassname", "org.postgresql.xa.PGXADataSource",
                    "--restype", "javax.sql.XADataSource", "--steadypoolsize", "2", "--maxpoolsize", "40",
                    "--isconnectvalidatereq=true", "--validationmethod", "custom-validation",
                    "--validateatmostonceperiod", String.valueOf(VALIDATION_PERIOD_SECONDS),
                    "--validationclassname", "org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
                    "--property", "serverName=localhost:portNumber=5432:databaseName=agora:user=agora:password=agora",
                    DATABASE_POOL);
            for (String[] property : new String[][] {{"serverName", "AGORA_DB_HOST"}, {"portNumber", "AGORA_DB_PORT"},
                    {"databaseName", "AGORA_DB_NAME"}, {"user", "AGORA_DB_USER"}, {"password", "AGORA_DB_PASSWORD"}}) {
                admin("set", "resources.jdbc-connection-pool." + DATABASE_POOL + ".property." + property[0]
                        + "=${ENV=" + property[1] + "}");
            }
            admin("create-jdbc-resource", "--connectionpoolid", DATABASE_POOL, DATA_SOURCE);
        }
        String connectorPools = asadminOutput(List.of("--port", String.valueOf(settings.adminPort()),
                "list-connector-connection-pools"));
        if (!connectorPools.lines().anyMatch(BROKER_POOL::equals)) {
            admin("create-connector-connection-pool", "--raname", RESOURCE_ADAPTER,
                    "--connectiondefinition", "jakarta.jms.ConnectionFactory",
                    "--transactionsupport", "XATransaction", "--steadypoolsize", "0", "--maxpoolsize", "40",
                    "--failconnection=true",
                    "--property", "ReconnectAttempts=0:InitialConnectAttempts=1:CallTimeout=3000", BROKER_POOL);
            admin("create-connector-resource", "--poolname", BROKER_POOL, CONNECTION_FACTORY);
        }
    }

    private void admin(String... arguments) {
        List<String> command = new ArrayList<>(List.of("--port", String.valueOf(settings.adminPort())));
        command.addAll(List.of(arguments));
        asadmin(Map.of(), 120, command);
    }

    /**
     * Deploys the resource adapter, unless this very archive is deployed already (a domain started again keeps it).
     * Redeploying it on a domain that had just booted with it failed now and then: the old adapter's shutdown ran on
     * while the application deployed next looked up the adapter's classes, and the deployment failed with
     * "ClassNotFoundException: ...ActiveMQActivationSpec". Right after a new domain started, the deployment once
     * failed inside Payara (a null context class loader while validating the adapter's activation spec) and did not on
     * the next fresh start, so a failed attempt is tried once more.
     */
    public void deployResourceAdapter(Path rar) {
        Path deployedDigest = settings.domainDir().resolve(settings.domainName()).resolve(RESOURCE_ADAPTER + ".sha256");
        String digest = sha256(rar);
        String applications = asadminOutput(List.of("--port", String.valueOf(settings.adminPort()),
                "list-applications"));
        if (applications.lines().anyMatch(line -> line.startsWith(RESOURCE_ADAPTER + " "))
                && digest.equals(readQuietly(deployedDigest))) {
            System.out.println("[infra] the resource adapter is deployed already, unchanged");
            return;
        }
        List<String> deploy = List.of("--port", String.valueOf(settings.adminPort()), "deploy", "--force=true",
                "--name", RESOURCE_ADAPTER, rar.toString());
        try {
            asadmin(Map.of(), 300, deploy);
        } catch (InfraException first) {
            System.out.println("[infra] deploying the resource adapter failed once, trying again: "
                    + first.getMessage().lines().skip(1).findFirst().orElse(""));
            pause(5);
            asadmin(Map.of(), 300, deploy);
        }
        try {
            Files.writeString(deployedDigest, digest);
        } catch (IOException e) {
            throw new InfraException("cannot write " + deployedDigest + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(Path file) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new InfraException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void pause(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted", e);
        }
    }

    /**
     * Deploys the application afresh. An application left deployed by an earlier run is undeployed first: Payara
     * would load it while booting, before the resource adapter, and the half-loaded application then spoils the
     * new deployment.
     */
    public void deployApplication(Path ear, String name) {
        undeployIfPresent(name);
        asadmin(Map.of(), 600, List.of("--port", String.valueOf(settings.adminPort()), "deploy", "--force=true",
                "--name", name, ear.toString()));
    }

    public void undeployIfPresent(String name) {
        try {
            asadmin(Map.of(), 300, List.of("--port", String.valueOf(settings.adminPort()), "undeploy", name));
        } catch (InfraException e) {
            // not deployed: nothing to do
        }
    }

    public void stop() {
        if (!exists()) {
            return;
        }
        asadmin(Map.of(), 120, List.of("stop-domain", "--domaindir", settings.domainDir().toString(),
                settings.domainName()));
    }

    private String asadminOutput(List<String> arguments) {
        return asadmin(Map.of(), 120, arguments);
    }

    private String asadmin(Map<String, String> environment, int timeoutSeconds, List<String> arguments) {
        Path asadmin = settings.payaraHome().resolve("bin/asadmin");
        if (!Files.isExecutable(asadmin)) {
            throw new InfraException("Payara Server is not unpacked at " + settings.payaraHome()
                    + "; build the project first (mvn -pl infra package).");
        }
        List<String> command = new ArrayList<>();
        command.add(asadmin.toString());
        command.add("--interactive=false");
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        builder.environment().put("AS_JAVA", System.getProperty("java.home"));
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new InfraException("asadmin " + arguments + " took longer than " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                throw new InfraException("asadmin " + String.join(" ", arguments) + " failed:\n" + output.strip());
            }
            return output;
        } catch (IOException e) {
            throw new InfraException("asadmin could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while running asadmin " + arguments, e);
        }
    }
}
