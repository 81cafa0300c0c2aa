package shop.agora.web.common.security;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import shop.agora.web.common.session.SessionLife;

/**
 * Signs a person in with email and password through the application's authentication mechanism (the custom form
 * mechanism with login-to-continue that each WAR declares), from a Faces action.
 */
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext securityContext;

    /**
     * Authenticates the caller. {@link AuthenticationStatus#SEND_CONTINUE} means the mechanism has already written
     * the response: the Faces response must then be completed without rendering. The session id changes on
     * success, so an id known before sign-in is worthless after it.
     */
    public AuthenticationStatus withPassword(String email, String password) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        // A new authentication: the credentials are always checked, even when the session has a signed-in caller.
        // Returning to the page first asked for is done by LoginPage (the "next" parameter), not by the saved
        // request of login-to-continue: on Payara, the request it restores reaches EJBs without the caller's roles.
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(email, password)));

        if (status == AuthenticationStatus.SUCCESS || status == AuthenticationStatus.SEND_CONTINUE) {
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            SessionLife.keep(request); // a signed-in person's session lives the full time
        } else {
            // The mechanism keeps a failed attempt in the session and would answer the next request for a protected
            // page with an empty response instead of the sign-in page: start the visitor on a fresh session.
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        return status;
    }
}
