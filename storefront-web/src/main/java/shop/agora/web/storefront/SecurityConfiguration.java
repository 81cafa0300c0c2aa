package shop.agora.web.storefront;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import shop.agora.core.accounts.entity.Role;

/**
 * Sign-in for the storefront: the shared page {@code /login.xhtml} (web-common) signs customers in; someone who
 * opens a customer page first is sent there and then back to that page.
 */
@ApplicationScoped
@DeclareRoles(Role.Names.CUSTOMER)
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(
        // "/login.xhtml" by redirect; "/error/404.xhtml" by forward when the page asked for does not exist
        loginPage = "#{loginTarget.page}", useForwardToLoginExpression = "#{loginTarget.forward}",
        useForwardToLogin = false, errorPage = ""))
public class SecurityConfiguration {
}
