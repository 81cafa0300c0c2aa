package shop.agora.core.shipping;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A shipping zone with its methods and their weight bands, as admins edit them. */
public record ShippingZoneView(long id, String code, String name, String countries, List<Method> methods)
        implements Serializable {

    public record Method(long id, String code, String name, String deliveryDays, BigDecimal freeOver,
            List<Rate> rates) implements Serializable {
    }

    public record Rate(int upToGrams, BigDecimal price) implements Serializable {
    }
}
