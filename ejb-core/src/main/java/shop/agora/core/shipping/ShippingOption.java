package shop.agora.core.shipping;

import java.io.Serializable;
import java.math.BigDecimal;

/** A way to ship an order to its destination, with its price for this order (0 when shipping is free). */
public record ShippingOption(long methodId, String code, String name, String deliveryDays, BigDecimal price,
        boolean free, BigDecimal freeOver) implements Serializable {
}
