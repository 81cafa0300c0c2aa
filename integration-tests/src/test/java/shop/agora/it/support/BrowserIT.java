package shop.agora.it.support;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** Base of the browser tests: the real EAR deployed as ./run.sh deploys it, driven by headless Chromium. */
public abstract class BrowserIT extends BrowserSession {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return Deployments.application();
    }
}
