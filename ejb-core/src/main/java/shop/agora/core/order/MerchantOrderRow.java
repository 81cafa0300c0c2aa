package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One row of the merchant's order list: the order, its status, where it goes, the merchant's own items in it (count
 * and value) and the tracking numbers of the merchant's parcels.
 */
public record MerchantOrderRow(long id, String number, String status, Instant placedAt, String customerName,
        String city, String country, int items, BigDecimal itemsTotal, String currency, List<String> trackingNumbers)
        implements Serializable {
}
