package shop.agora.core.shipping;

import java.io.Serializable;
import java.math.BigDecimal;

/** The tax rate of a destination country; {@code percent} is e.g. 21.00. */
public record TaxRateView(String country, String name, BigDecimal percent) implements Serializable {
}
