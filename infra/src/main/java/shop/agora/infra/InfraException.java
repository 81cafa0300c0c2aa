package shop.agora.infra;

/** A failure to start or stop a piece of infrastructure, with a message meant for the person at the console. */
public class InfraException extends RuntimeException {

    public InfraException(String message) {
        super(message);
    }

    public InfraException(String message, Throwable cause) {
        super(message, cause);
    }
}
