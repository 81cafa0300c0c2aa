package shop.agora.web.common.faces;

import jakarta.ejb.EJBException;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.function.Supplier;
import shop.agora.core.shared.DomainException;

/**
 * Calls a service for a page and turns a business refusal ({@link DomainException}) into a message for the person
 * using it. The container passes a DomainException on as it is (it is an application exception), but one thrown
 * where the container wraps it (a bean it calls in turn, a lifecycle callback) arrives inside an
 * {@link EJBException}: both are shown, anything else is a real failure and goes on to the error page.
 */
public final class Refusals {

    private Refusals() {
    }

    /** Runs the call; false (and a message) when it was refused. */
    public static boolean run(Runnable call) {
        return get(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The call's result, or empty (and a message) when it was refused. */
    public static <T> Optional<T> get(Supplier<T> call) {
        try {
            return Optional.of(call.get());
        } catch (DomainException refused) {
            show(refused);
        } catch (EJBException failure) {
            show(refusalIn(failure).orElseThrow(() -> failure));
        }
        return Optional.empty();
    }

    /** A refusal the page makes itself about one input: the message next to it, the input marked invalid. */
    public static void onInput(String clientId, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Messages.errorOn(clientId, text);
        // invokeOnComponent also finds an input in a table row, which findComponent cannot
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
        });
        faces.validationFailed();
    }

    /**
     * The message of the {@link DomainException} behind what a service threw (possibly wrapped by the container);
     * anything else is thrown on.
     */
    public static String message(RuntimeException thrown) {
        return refusalIn(thrown).orElseThrow(() -> thrown).getMessage();
    }

    private static void show(DomainException refused) {
        Messages.error(refused.getMessage());
        FacesContext.getCurrentInstance().validationFailed(); // an open form stays as it was filled in
    }

    private static Optional<DomainException> refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refused) {
                return Optional.of(refused);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
