package shop.agora.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * Base of the browser tests that arrange through the services what no page does (the platform's clock, a test
 * product): the real EAR plus the test WAR with the control servlet, which {@link #control} calls.
 */
public abstract class ControlledBrowserIT extends BrowserSession {

    protected static final TestControl control = new TestControl();

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.applicationWithControl();
    }
}
