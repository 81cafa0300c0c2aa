package shop.agora.core.shared;

import jakarta.ejb.ApplicationException;

/**
 * A business rule said no. The message is written for the person who asked, so pages show it as it is; the
 * transaction is rolled back.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DomainException(String message) {
        super(message);
    }
}
