package shop.agora.infra;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the embedded infrastructure keeps its data and which ports it listens on. Development ({@link #forRun})
 * and tests ({@link #forTests}) use different ports and folders, so a running shop and a test run never meet.
 * {@code controlPort} is the tests' control of the platform itself (stopping and starting the broker, see
 * {@link ControlServer}); 0, as for ./run.sh, means none.
 */
public record InfraSettings(
        Path dataDir,
        Path payaraHome,
        Path domainDir,
        String domainName,
        int databasePort,
        int brokerPort,
        int smtpPort,
        int imapPort,
        int httpPort,
        int adminPort,
        int portBase,
        int maxDeliveryAttempts,
        Duration redeliveryDelay,
        boolean demoData,
        int holdSweepSeconds,
        int trackingPollSeconds,
        int carrierStepMinutes,
        boolean adjustableClock,
        int controlPort,
        String serverHeap) {

    public static final String DB_NAME = "agora";
    public static final String DB_USER = "agora";
    public static final String DB_PASSWORD = "agora";

    public static InfraSettings forRun(Path projectRoot) {
        Path var = projectRoot.resolve("var");
        return new InfraSettings(var, payaraHome(projectRoot), var.resolve("domains"), "agora",
                intEnv("AGORA_DB_PORT", 15432), intEnv("AGORA_BROKER_PORT", 61616), intEnv("AGORA_SMTP_PORT", 2525),
                intEnv("AGORA_IMAP_PORT", 2143),
                8080, 4848, 0, 5, Duration.ofSeconds(2), true, 60, 20, 2, false, 0, heapEnv("AGORA_HEAP", "2g"));
    }

    public static InfraSettings forTests(Path projectRoot, Path workDir) {
        return new InfraSettings(workDir, payaraHome(projectRoot), workDir.resolve("domains"), "agora-test",
                25432, 61626, 3025, 3143, 28080, 28048, 28000, 3, Duration.ofMillis(200), true, 2, 2, 5, true, 28099,
                "1g");
    }

    public static Path payaraHome(Path projectRoot) {
        return projectRoot.resolve("infra/target/payara/payara6");
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + databasePort + "/" + DB_NAME;
    }

    /**
     * The reverse proxies the shop believes about the client they forward ({@code agora.web.trusted-proxies}): none
     * for ./run.sh, which nothing stands in front of; the tests' platform (the one whose clock tests may move) trusts
     * this machine, so that a test can play a proxy in front of the shop and name the client in X-Forwarded-For.
     */
    public String trustedProxies() {
        return adjustableClock ? "127.0.0.1,0:0:0:0:0:0:0:1" : "";
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    /** A heap size as {@code -Xmx} takes it (e.g. 2g, 1536m) from the environment, else the fallback. */
    private static String heapEnv(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("[1-9][0-9]*[mMgG]")) {
            throw new IllegalArgumentException(name + " must be a heap size such as 2g or 1536m, not " + value);
        }
        return value.strip();
    }

    private static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }
}
