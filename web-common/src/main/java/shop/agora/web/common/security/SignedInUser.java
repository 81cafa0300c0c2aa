package shop.agora.web.common.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Objects;

/** Remembers the signed-in person's display name for the session, so page headers do not ask the database. */
@SessionScoped
public class SignedInUser implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String displayName;

    /** The remembered display name of the account with this email, or null. */
    String displayNameOf(String callerEmail) {
        return Objects.equals(email, callerEmail) ? displayName : null;
    }

    void remember(String callerEmail, String callerDisplayName) {
        this.email = callerEmail;
        this.displayName = callerDisplayName;
    }
}
