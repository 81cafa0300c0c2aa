package shop.agora.it.support;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.function.Executable;
import shop.agora.core.shared.DomainException;

/** Asserts a business refusal: a DomainException (possibly wrapped by the container) whose message says why. */
public final class Refused {

    private Refused() {
    }

    public static DomainException assertRefused(String message, Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        Throwable cause = thrown;
        while (!(cause instanceof DomainException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        assertTrue(cause instanceof DomainException, "a business refusal, not " + thrown);
        assertTrue(cause.getMessage().contains(message), cause.getMessage());
        return (DomainException) cause;
    }
}
