package shop.agora.web.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import java.io.IOException;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code /login.xhtml}, the sign-in page every application serves. The page is a stateless view
 * (opening it makes no session), so its form has no view state to protect it: it is taken only from the
 * application's own pages ({@link SameOrigin}), which keeps another site from signing a visitor in to an account of
 * its choosing.
 */
@Named
@RequestScoped
public class LoginPage {

    @Inject
    SignIn signIn;

    private String email;
    private String password;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (SameOrigin.refused(faces)) {
            return;
        }
        AuthenticationStatus status = signIn.withPassword(email == null ? "" : email.strip(),
                password == null ? "" : password);
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath()
                    + ReturnPath.safe(external.getRequestParameterMap().get("next")));
            default -> {
                boolean wrongRole = Boolean.TRUE.equals(external.getRequestMap()
                        .get(AccountIdentityStore.WRONG_ROLE_ATTRIBUTE));
                Messages.error(Messages.common(wrongRole ? "login.wrongApplication" : "login.failed"));
            }
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
