package shop.agora.web.common.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import shop.agora.core.accounts.AccountService;
import shop.agora.core.accounts.CallerIdentity;
import shop.agora.core.accounts.entity.Role;

/**
 * Checks an email and password against the accounts, and admits only accounts of this application's role (the
 * web.xml context-param {@value #ROLE_PARAM}). The caller's name is the account's email, its only group the role.
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    /** The web.xml context-param that names the one role this application admits. */
    public static final String ROLE_PARAM = "agora.role";

    /**
     * Request attribute set when the password was right but the account belongs to another application, so that
     * the sign-in page can say so instead of "wrong password".
     */
    public static final String WRONG_ROLE_ATTRIBUTE = AccountIdentityStore.class.getName() + ".wrongRole";

    @Inject
    AccountService accounts;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        // the service hashes the password (about half a second): call it once per attempt
        Role role = applicationRole();
        Optional<CallerIdentity> caller = accounts.authenticate(login.getCaller(), login.getPasswordAsString());
        if (caller.isEmpty()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (caller.get().role() != role) {
            request.setAttribute(WRONG_ROLE_ATTRIBUTE, Boolean.TRUE);
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(caller.get().email(), Set.of(role.name()));
    }

    /**
     * The role of the application that received this request. Read per request, not kept in a field: CDI's
     * application scope spans the whole EAR, so one instance of this bean serves all three web applications.
     */
    private Role applicationRole() {
        ServletContext application = request.getServletContext();
        String name = application.getInitParameter(ROLE_PARAM);
        if (name == null || name.isBlank()) {
            throw new IllegalStateException("The web application " + application.getContextPath()
                    + " needs the context-param " + ROLE_PARAM + " (one of CUSTOMER, MERCHANT, ADMIN)");
        }
        return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
    }
}
