package shop.agora.core.inventory;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** Stored stock levels compared with the sums of the movement ledger; {@code drifts} lists every difference. */
public record DriftReport(Instant checkedAt, long levelsChecked, List<Drift> drifts) implements Serializable {

    public DriftReport {
        drifts = List.copyOf(drifts);
    }

    public record Drift(long skuId, String skuCode, String productName, long warehouseId, String warehouseCode,
            int storedOnHand, int ledgerOnHand, int storedHeld, int ledgerHeld) implements Serializable {
    }
}
