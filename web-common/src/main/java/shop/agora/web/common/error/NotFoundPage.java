package shop.agora.web.common.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Backing bean of {@code /error/404.xhtml}. The page is shown by the container for a 404, and also by sign-in's
 * login-to-continue when someone not signed in asks for a page that does not exist (see
 * {@link shop.agora.web.common.security.LoginTarget}): then the status still has to say "not found".
 */
@Named
@RequestScoped
public class NotFoundPage {

    public void respondNotFound() {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
    }
}
