package shop.agora.web.merchant.stock;

import shop.agora.core.shared.DomainException;

/** Tells a service's business refusal, which pages show as a message, from a failure, which ends on the error page. */
final class Refusals {

    private Refusals() {
    }

    /**
     * The message of the {@link DomainException} behind what a service threw (the EJB container may have wrapped
     * it); anything else is thrown on.
     */
    static String message(RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException refused) {
                return refused.getMessage();
            }
        }
        throw thrown;
    }
}
