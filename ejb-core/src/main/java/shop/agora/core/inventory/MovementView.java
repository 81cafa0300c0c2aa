package shop.agora.core.inventory;

import java.io.Serializable;
import java.time.Instant;

/** One line of the stock ledger. */
public record MovementView(long id, Instant at, String skuCode, String warehouseCode, String kind, int onHandDelta,
        int heldDelta, String reason, String reference, String actor) implements Serializable {
}
