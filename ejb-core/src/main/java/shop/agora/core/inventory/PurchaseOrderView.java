package shop.agora.core.inventory;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A purchase order with its lines, for receiving. {@code version} goes back with a receipt or cancellation. */
public record PurchaseOrderView(long id, String number, String supplierName, String supplierEmail,
        WarehouseView warehouse, String status, LocalDate expectedOn, String createdBy, Instant createdAt,
        Instant updatedAt, long version, List<Line> lines) implements Serializable {

    public boolean open() {
        return "ORDERED".equals(status) || "PARTIALLY_RECEIVED".equals(status);
    }

    public record Line(long lineId, long skuId, String skuCode, String skuLabel, String productName, int ordered,
            int received) implements Serializable {

        public int outstanding() {
            return ordered - received;
        }
    }
}
