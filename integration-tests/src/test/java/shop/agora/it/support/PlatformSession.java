package shop.agora.it.support;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import shop.agora.infra.InfraSettings;
import shop.agora.infra.Platform;

/**
 * Starts PostgreSQL, Artemis, the mail server and the Payara domain (with the resource adapter) once per test run,
 * before Arquillian deploys anything, and stops them at the end. The tests' ports and data folder differ from
 * ./run.sh's, so a running shop is left alone. With {@code -Dagora.it.platform=running} the tests use a platform
 * that {@code ./test.sh platform} keeps running, and start nothing themselves.
 */
public class PlatformSession implements LauncherSessionListener {

    private static InfraSettings settings;
    private static Platform platform;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (settings != null || System.getProperty("agora.ear") == null) {
            return;
        }
        Path work = Path.of(System.getProperty("agora.it.work"));
        settings = InfraSettings.forTests(Path.of(System.getProperty("agora.root")), work);
        if ("running".equals(System.getProperty("agora.it.platform"))) {
            return;
        }
        long started = System.nanoTime();
        platform = new Platform(settings).start(Path.of(System.getProperty("agora.rar")));
        System.out.printf("[it] platform up in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (platform != null) {
            platform.close();
            platform = null;
        }
        settings = null;
    }

    public static InfraSettings settings() {
        if (settings == null) {
            throw new IllegalStateException("The test platform is not set up (run the tests with mvn verify)");
        }
        return settings;
    }

    /** The platform this test run started, if it started one. */
    public static java.util.Optional<Platform> startedPlatform() {
        return java.util.Optional.ofNullable(platform);
    }

    public static String baseUrl() {
        return settings().baseUrl();
    }
}
