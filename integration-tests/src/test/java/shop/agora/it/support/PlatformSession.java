package shop.agora.it.support;

import java.nio.file.Path;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import shop.agora.infra.InfraSettings;
import shop.agora.infra.Platform;

/**
 * Starts PostgreSQL, Artemis, the SMTP server and the Payara domain (with the resource adapter) once per test run,
 * before Arquillian deploys anything, and stops them at the end. The tests' ports and data folder differ from
 * ./run.sh's, so a running shop is left alone.
 */
public class PlatformSession implements LauncherSessionListener {

    private static Platform platform;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (platform != null || System.getProperty("agora.ear") == null) {
            return;
        }
        long started = System.nanoTime();
        Path work = Path.of(System.getProperty("agora.it.work"));
        InfraSettings settings = InfraSettings.forTests(Path.of(System.getProperty("agora.root")), work);
        platform = new Platform(settings).start(Path.of(System.getProperty("agora.rar")));
        System.out.printf("[it] platform up in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }

    public static Platform platform() {
        if (platform == null) {
            throw new IllegalStateException("The test platform is not running (run the tests with mvn verify)");
        }
        return platform;
    }

    public static String baseUrl() {
        return platform().settings().baseUrl();
    }

    public static String jdbcUrl() {
        return platform().settings().jdbcUrl();
    }
}
