package shop.agora.web.common.faces;

import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.el.ELException;
import jakarta.el.PropertyNotFoundException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class RootCauseFilterTest {

    @Test
    void findsTheExceptionInsideTheWrappersOfTheFacesServlet() {
        ViewExpiredException expired = new ViewExpiredException("view /login.xhtml could not be restored");
        ServletException wrapped = new ServletException(new FacesException(new ELException(expired)));

        assertSame(expired, RootCauseFilter.rootCause(wrapped));
    }

    @Test
    void keepsExceptionsThatSaySomethingEvenWithACause() {
        PropertyNotFoundException meaningful = new PropertyNotFoundException(new IllegalStateException("inner"));

        assertSame(meaningful, RootCauseFilter.rootCause(new ServletException(meaningful)));
    }

    @Test
    void aServletExceptionWithoutCauseIsItsOwnRoot() {
        ServletException alone = new ServletException("no cause");

        assertSame(alone, RootCauseFilter.rootCause(alone));
    }
}
