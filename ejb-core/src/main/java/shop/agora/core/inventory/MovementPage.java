package shop.agora.core.inventory;

import java.io.Serializable;
import java.util.List;

/** A page of the ledger, newest first, and how many lines there are in all. */
public record MovementPage(List<MovementView> movements, long total) implements Serializable {

    public MovementPage {
        movements = List.copyOf(movements);
    }
}
