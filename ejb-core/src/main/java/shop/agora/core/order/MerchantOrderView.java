package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import shop.agora.core.order.entity.Order;

/**
 * An order as a merchant sees it: only the merchant's own lines and parcels (another merchant's items in the same
 * order stay hidden), the customer's name and delivery address, and the order's status history.
 */
public record MerchantOrderView(long id, String number, String status, Instant placedAt, String customerName,
        Order.Destination destination, String shippingMethod, String currency, BigDecimal itemsTotal,
        List<OrderView.Line> lines, List<OrderView.Parcel> parcels, List<OrderView.Step> timeline)
        implements Serializable {
}
