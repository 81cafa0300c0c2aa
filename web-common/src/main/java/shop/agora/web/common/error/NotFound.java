package shop.agora.web.common.error;

import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends a Faces request with the not-found page, for pages whose address names something that does not exist (an
 * unknown product or category): the container shows {@code /error/404.xhtml} with status 404, never an exception.
 * Call it from a {@code f:viewAction}, before anything is rendered.
 */
public final class NotFound {

    private NotFound() {
    }

    public static void respond() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }
}
