package shop.agora.core.inventory;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A purchase order in the list. */
public record PurchaseOrderSummary(long id, String number, String supplierName, String warehouseLabel,
        String status, LocalDate expectedOn, int unitsOrdered, int unitsReceived, Instant createdAt)
        implements Serializable {
}
