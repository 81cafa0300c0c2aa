package shop.agora.web.common.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/**
 * The sign-out button in every page header: ends the sign-in and the session, then goes to the start page. On the
 * stateless pages (the catalog, the sign-in page) its form has no view state: it is taken only from the application's
 * own pages ({@link SameOrigin}).
 */
@Named
@RequestScoped
public class LogoutAction {

    public void logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (SameOrigin.refused(FacesContext.getCurrentInstance())) {
            return;
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
