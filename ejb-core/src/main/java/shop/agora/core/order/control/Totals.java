package shop.agora.core.order.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * What an order costs: the items (unit price x quantity), shipping, and tax on both at the destination's rate. Prices
 * in the catalog are before tax; tax is rounded once, on the sum, half up to the cent. Pure arithmetic.
 */
public record Totals(String currency, BigDecimal subtotal, BigDecimal shipping, BigDecimal taxRate, BigDecimal tax,
        BigDecimal total) implements Serializable {

    public Totals {
        Objects.requireNonNull(currency);
        if (total.compareTo(subtotal.add(shipping).add(tax)) != 0) {
            throw new IllegalArgumentException("total must be subtotal + shipping + tax");
        }
    }

    /** One priced line: unit price and quantity. */
    public record Item(BigDecimal unitPrice, int quantity) {
    }

    public static BigDecimal subtotal(List<Item> items) {
        return items.stream().map(i -> i.unitPrice().multiply(BigDecimal.valueOf(i.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
    }

    public static Totals of(String currency, List<Item> items, BigDecimal shipping, BigDecimal taxRate) {
        BigDecimal subtotal = subtotal(items);
        BigDecimal ship = shipping.setScale(2, RoundingMode.HALF_UP);
        BigDecimal tax = subtotal.add(ship).multiply(taxRate).setScale(2, RoundingMode.HALF_UP);
        return new Totals(currency, subtotal, ship, taxRate, tax, subtotal.add(ship).add(tax));
    }
}
