package shop.agora.web.storefront;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import java.io.IOException;
import java.util.Map;
import shop.agora.core.accounts.AccountService;
import shop.agora.core.accounts.AccountView;
import shop.agora.core.accounts.NewAccount;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.security.SameOrigin;
import shop.agora.web.common.security.SignIn;

/**
 * Backing bean of {@code register.xhtml}: a shopper creates a customer account and is signed in right away. The page
 * is a stateless view (opening it makes no session), so its form has no view state: it is taken only from the shop's
 * own pages ({@link SameOrigin}).
 */
@Named
@RequestScoped
public class RegisterPage {

    private static final String FORM = "register";

    @Inject
    AccountService accounts;

    @Inject
    FormValidation validation;

    @Inject
    SignIn signIn;

    private String email;
    private String name;
    private String password;

    public void register() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (SameOrigin.refused(faces)) {
            return;
        }
        NewAccount registration = new NewAccount(strip(email), password, strip(name));
        if (!validation.isValid(registration, FORM, Map.of("displayName", "name"))) {
            return;
        }
        AccountView account;
        try {
            account = accounts.registerCustomer(registration);
        } catch (DomainException refused) {
            // the message does not say whether the email already has an account
            Messages.error(refused.getMessage());
            return;
        }
        AuthenticationStatus status = signIn.withPassword(account.email(), password);
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete(); // back to the customer page first asked for
            case SUCCESS -> {
                Messages.info(Messages.app("register.welcome", account.displayName()));
                Messages.keepForRedirect();
                external.redirect(external.getRequestContextPath() + "/account/index.xhtml");
            }
            default -> {
                Messages.info(Messages.app("register.signInNow"));
                Messages.keepForRedirect();
                external.redirect(external.getRequestContextPath() + "/login.xhtml");
            }
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
