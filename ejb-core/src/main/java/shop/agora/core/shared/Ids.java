package shop.agora.core.shared;

/**
 * Ids the application takes from a database sequence in blocks rather than one per row (the entities of the busiest
 * inserts: orders, their history, their lines, parcels, their scans, sent mail). A block is one {@code nextval}; the
 * sequence's increment must be the same number (migrations V18 and V19). Ids from one server grow with the time the
 * rows were made (an order's history is listed by id).
 */
public final class Ids {

    /** Ids taken per round trip; the increment of the sequences the entities name. */
    public static final int BLOCK = 50;

    private Ids() {
    }
}
