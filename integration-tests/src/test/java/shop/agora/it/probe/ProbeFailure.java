package shop.agora.it.probe;

/** A deliberate failure (a system exception: the container rolls the transaction back). */
public class ProbeFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProbeFailure(String message) {
        super(message);
    }
}
