package shop.agora.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Payara Server domain driven through {@code asadmin}: created on first use, started with the application's
 * configuration in its environment (MicroProfile Config reads it), given the Artemis resource adapter, and stopped.
 */
public final class PayaraDomain {

    public static final String RESOURCE_ADAPTER = "artemis-ra";

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
        asadmin(environment, 300, List.of("start-domain", "--domaindir", settings.domainDir().toString(),
                settings.domainName()));
        System.out.println("[infra] Payara domain " + settings.domainName() + " is running: " + settings.baseUrl());
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

    public void deployResourceAdapter(Path rar) {
        asadmin(Map.of(), 300, List.of("--port", String.valueOf(settings.adminPort()), "deploy", "--force=true",
                "--name", RESOURCE_ADAPTER, rar.toString()));
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

    private void asadmin(Map<String, String> environment, int timeoutSeconds, List<String> arguments) {
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
        } catch (IOException e) {
            throw new InfraException("asadmin could not be run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfraException("interrupted while running asadmin " + arguments, e);
        }
    }
}
