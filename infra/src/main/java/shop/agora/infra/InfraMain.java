package shop.agora.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Entry point of {@code ./run.sh}: {@code run <project-root> <rar> <ear>} starts everything, deploys the application
 * and waits until the process is told to stop (Ctrl-C or {@code ./run.sh stop}), then stops it all in order.
 * {@code test-platform <project-root> <rar>} starts the integration tests' platform (their ports, no application)
 * and waits, so that single test classes can run against it quickly ({@code ./test.sh platform}).
 */
public final class InfraMain {

    public static final String APPLICATION_NAME = "agora";

    private InfraMain() {
    }

    public static void main(String[] args) throws Exception {
        boolean run = args.length == 4 && "run".equals(args[0]);
        boolean testPlatform = args.length == 3 && "test-platform".equals(args[0]);
        if (!run && !testPlatform) {
            System.err.println("usage: InfraMain run <project-root> <artemis-ra.rar> <agora.ear>");
            System.err.println("       InfraMain test-platform <project-root> <artemis-ra.rar>");
            System.exit(2);
        }
        Path root = Path.of(args[1]).toAbsolutePath();
        InfraSettings settings = run ? InfraSettings.forRun(root)
                : InfraSettings.forTests(root, root.resolve("integration-tests/target/platform"));
        Path pidFile = settings.dataDir().resolve("agora.pid");
        Files.createDirectories(settings.dataDir());
        Platform platform = new Platform(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[infra] stopping Payara, the broker, the SMTP server and PostgreSQL ...");
            try {
                if (platform.domain().isRunning()) {
                    platform.domain().undeployIfPresent(APPLICATION_NAME);
                }
                platform.close();
                System.out.println("[infra] stopped; data is kept in " + settings.dataDir());
            } catch (RuntimeException e) {
                System.err.println("[infra] " + e.getMessage());
            } finally {
                deleteQuietly(pidFile);
                stopped.countDown();
            }
        }, "agora-shutdown"));
        try {
            Files.writeString(pidFile, String.valueOf(ProcessHandle.current().pid()));
            platform.start(Path.of(args[2]));
            if (run) {
                System.out.println("[infra] deploying the application ...");
                platform.deploy(Path.of(args[3]), APPLICATION_NAME);
            }
        } catch (InfraException e) {
            System.err.println();
            System.err.println("[infra] " + e.getMessage());
            System.exit(1);
        }
        if (run) {
            printWelcome(settings);
        } else {
            System.out.println("The test platform is running (" + settings.baseUrl() + "). In another terminal:");
            System.out.println("  ./test.sh one StorefrontIT");
            System.out.println("Ctrl-C stops it.");
        }
        stopped.await();
    }

    private static void printWelcome(InfraSettings settings) {
        String base = settings.baseUrl();
        System.out.println();
        System.out.println("Agora is running.");
        System.out.println("  Storefront       " + base + "/shop/");
        System.out.println("  Merchant portal  " + base + "/merchant/");
        System.out.println("  Back office      " + base + "/admin/");
        System.out.println("  Health           " + base + "/health");
        System.out.println();
        System.out.println("Demo logins (email / password):");
        System.out.println("  customer  customer@agora.test  / customer-demo-1");
        System.out.println("  merchant  merchant@agora.test  / merchant-demo-1   (shop: Northwind Outfitters)");
        System.out.println("  merchant  harbor@agora.test    / harbor-demo-1     (shop: Harbor Electronics)");
        System.out.println("  admin     admin@agora.test     / admin-demo-1");
        System.out.println();
        System.out.println("Mail goes to the local mail server (SMTP port " + settings.smtpPort() + "); read it over IMAP on port "
                + settings.imapPort() + ", user and password both the recipient's address.");
        System.out.println("Press Ctrl-C (or run ./run.sh stop) to stop everything; data stays in var/.");
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("[infra] could not delete " + file + ": " + e.getMessage());
        }
    }
}
