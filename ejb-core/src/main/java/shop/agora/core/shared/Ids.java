package shop.agora.core.shared;

/**
 * Ids the application takes from a database sequence in blocks rather than one per row (the entities of the busiest
 * inserts: parcels, their scans, order lines, sent mail). A block is one {@code nextval}; the sequence's increment
 * must be the same number (migration V18).
 */
public final class Ids {

    /** Ids taken per round trip; the increment of the sequences the entities name. */
    public static final int BLOCK = 50;

    private Ids() {
    }
}
