package shop.agora.web.common.security;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.core.accounts.AccountService;

/**
 * Who is signed in, for page headers: the account menu shows the display name and a sign-out button. One for the
 * application (it keeps nothing, and reads the caller from the current request): the header is on every page, and a
 * bean made for each request costs its injection each time.
 */
@Named
@ApplicationScoped
public class CurrentUser {

    private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    SignedInUser signedInUser;

    public boolean isSignedIn() {
        return email() != null;
    }

    /** The signed-in person's name; the email if the account cannot be read (headers also render on error pages). */
    public String getDisplayName() {
        String email = email();
        if (email == null) {
            return null;
        }
        String name = signedInUser.displayNameOf(email);
        if (name == null) {
            try {
                name = accounts.currentAccount().displayName();
                signedInUser.remember(email, name);
            } catch (EJBException e) {
                LOG.log(Level.WARNING, "Could not read the account of the signed-in caller " + email, e);
                name = email;
            }
        }
        return name;
    }

    private static String email() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }
}
