package shop.agora.web.common.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandlerFactory;

/**
 * PrimeFaces' exception handler for ajax requests only: it sends the browser to the error page mapped in web.xml,
 * which the servlet container cannot do for an ajax request. A full-page request keeps Faces' own handling: the
 * exception reaches the container, which shows the mapped error page in place, with the right status code (PrimeFaces
 * would answer with a redirect instead). {@link RootCauseFilter} lets the container see the real exception.
 */
public class AjaxExceptionHandlerFactory extends PrimeExceptionHandlerFactory {

    public AjaxExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        ExceptionHandler faces = getWrapped().getExceptionHandler();
        return new AjaxOnly(new PrimeExceptionHandler(faces), faces);
    }

    private static final class AjaxOnly extends ExceptionHandlerWrapper {

        private final ExceptionHandler fullPage;

        AjaxOnly(ExceptionHandler ajax, ExceptionHandler fullPage) {
            super(ajax); // both share the queue of the Faces handler they wrap
            this.fullPage = fullPage;
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
                getWrapped().handle();
            } else {
                fullPage.handle();
            }
        }
    }
}
