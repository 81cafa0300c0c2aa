package shop.agora.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The deployments of the integration tests: always the real EAR from the build, never a hand-picked subset. */
public final class Deployments {

    public static final String PROBE_WAR = "agora-it.war";

    private Deployments() {
    }

    /** The EAR exactly as ./run.sh deploys it. */
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, Path.of(System.getProperty("agora.ear")).toFile());
    }

    /**
     * The real EAR plus one test WAR holding the test class and the given test packages (probes: a publisher and
     * message-driven beans that record what they see), in which the test runs in the container.
     */
    public static EnterpriseArchive applicationWithProbes(Class<?> testClass, String... packages) {
        WebArchive probes = testWar().addClass(testClass);
        String runAs = runAsDescriptor();
        for (String name : packages) {
            probes.addPackages(true, name);
            if (name.equals("shop.agora.it.probe")) {
                // the probe consumer that records failures like the application's consumers runs as the system
                runAs = runAs.replace("</enterprise-beans>", "<ejb><ejb-name>FlakyConsumer</ejb-name><principal>"
                        + "<name>agora-system</name></principal></ejb></enterprise-beans>");
            }
        }
        probes.addAsWebInfResource(new StringAsset(runAs), "glassfish-ejb-jar.xml");
        return withTestWar(Testable.archiveToTest(probes));
    }

    /**
     * The real EAR plus one test WAR with the control servlet ({@code shop.agora.it.control}), for browser tests,
     * which run outside the server, to arrange through the services what no page does (the clock, a test product).
     */
    public static EnterpriseArchive applicationWithControl() {
        return withTestWar(testWar().addPackage("shop.agora.it.control")
                .addAsWebInfResource(new StringAsset(runAsDescriptor()), "glassfish-ejb-jar.xml"));
    }

    /** The test WAR's common part: the helpers and the beans that call the services as the demo users. */
    private static WebArchive testWar() {
        return ShrinkWrap.create(WebArchive.class, PROBE_WAR)
                .addClasses(Await.class, Db.class, Refused.class, TestProducts.class, PlatformControl.class,
                        ImapMailbox.class, ImapMailbox.Mail.class)
                .addPackage("shop.agora.it.identity")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    /** The run-as principals of the identity beans. */
    private static String runAsDescriptor() {
        return read(Deployments.class.getClassLoader().getResourceAsStream("probe/glassfish-ejb-jar.xml"));
    }

    /** The real EAR with the test WAR as a module at {@code /agora-it}, and the demo users as principals. */
    private static EnterpriseArchive withTestWar(WebArchive war) {
        EnterpriseArchive ear = application();
        ear.addAsModule(war);
        ArchivePath descriptor = org.jboss.shrinkwrap.api.ArchivePaths.create("META-INF/application.xml");
        String applicationXml = read(ear.get(descriptor).getAsset().openStream());
        int modulesEnd = applicationXml.lastIndexOf("</module>") + "</module>".length();
        applicationXml = applicationXml.substring(0, modulesEnd)
                + "<module><web><web-uri>" + PROBE_WAR + "</web-uri><context-root>/agora-it</context-root></web>"
                + "</module>" + applicationXml.substring(modulesEnd);
        ear.delete(descriptor);
        ear.setApplicationXML(new StringAsset(applicationXml));
        return withDemoPrincipals(ear);
    }

    /**
     * Maps the demo users' names to their roles as principals, so that the test beans in shop.agora.it.identity can
     * run as them (@RunAs needs a principal; the application maps roles to groups only).
     */
    private static EnterpriseArchive withDemoPrincipals(EnterpriseArchive ear) {
        ArchivePath descriptor = org.jboss.shrinkwrap.api.ArchivePaths.create("META-INF/glassfish-application.xml");
        String mapping = read(ear.get(descriptor).getAsset().openStream())
                .replace("<group-name>MERCHANT</group-name>", "<principal-name>merchant@agora.test</principal-name>"
                        + "<principal-name>harbor@agora.test</principal-name><group-name>MERCHANT</group-name>")
                .replace("<group-name>ADMIN</group-name>", "<principal-name>admin@agora.test</principal-name>"
                        + "<group-name>ADMIN</group-name>")
                .replace("<group-name>CUSTOMER</group-name>", "<principal-name>customer@agora.test</principal-name>"
                        + "<group-name>CUSTOMER</group-name>");
        ear.delete(descriptor);
        ear.add(new StringAsset(mapping), descriptor);
        return ear;
    }

    private static String read(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
