package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of a CSV import. With any error, nothing was imported: {@code created} and {@code updated} are 0.
 */
public record ImportReport(int created, int updated, List<LineError> errors) implements Serializable {

    /** What is wrong on one line of the file (1 is the header line). */
    public record LineError(int line, String message) implements Serializable {
    }

    public boolean succeeded() {
        return errors.isEmpty();
    }
}
