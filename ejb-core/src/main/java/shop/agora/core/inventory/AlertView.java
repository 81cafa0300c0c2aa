package shop.agora.core.inventory;

import java.io.Serializable;
import java.time.Instant;

/**
 * A low-stock alert with what the check saw and, for approval, the suggested supplier and warehouse.
 *
 * @param basis THRESHOLD (the merchant's threshold) or VELOCITY (30-day sales times the supplier's lead time)
 * @param status OPEN, ORDERED or DISMISSED
 */
public record AlertView(long id, long skuId, String skuCode, String skuLabel, long productId, String productName,
        String merchantName, int available, int onOrder, int reorderPoint, String basis, int soldLast30Days,
        int leadTimeDays, int suggestedQuantity, String status, Instant createdAt, Long supplierId,
        Long warehouseId, String purchaseOrderNumber) implements Serializable {
}
