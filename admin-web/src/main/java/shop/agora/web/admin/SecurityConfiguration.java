package shop.agora.web.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import shop.agora.core.accounts.entity.Role;

/**
 * Sign-in for the back office: every page but sign-in and errors needs an administrator, who is sent to the shared
 * page {@code /login.xhtml} (web-common) and then back to the page first asked for.
 */
@ApplicationScoped
@DeclareRoles(Role.Names.ADMIN)
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        // "/login.xhtml" by redirect; "/error/404.xhtml" by forward when the page asked for does not exist
        loginPage = "#{loginTarget.page}", useForwardToLoginExpression = "#{loginTarget.forward}",
        useForwardToLogin = false, errorPage = ""))
public class SecurityConfiguration {
}
