package shop.agora.web.common.faces;

import jakarta.el.ELException;
import jakarta.faces.FacesException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets the servlet container pick the error page by the exception that really happened. The Faces servlet wraps
 * every exception in a {@link ServletException}, and the container matches error pages against that wrapper first:
 * with a {@code java.lang.Throwable} error page, a {@code ViewExpiredException} would otherwise end on the general
 * error page instead of the "session expired" one. Mapped to the Faces servlet in each web.xml.
 */
public class RootCauseFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException e) {
            Throwable cause = rootCause(e);
            if (cause instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Unwraps servlet exceptions and plain Faces and EL wrappers; keeps exceptions that say something. */
    static Throwable rootCause(Throwable exception) {
        Throwable current = exception;
        while (true) {
            Throwable next = current instanceof ServletException servlet ? servlet.getRootCause()
                    : isPlainWrapper(current) ? current.getCause() : null;
            if (next == null || next == current) {
                return current;
            }
            current = next;
        }
    }

    private static boolean isPlainWrapper(Throwable exception) {
        return exception.getClass() == FacesException.class || exception.getClass() == ELException.class;
    }
}
