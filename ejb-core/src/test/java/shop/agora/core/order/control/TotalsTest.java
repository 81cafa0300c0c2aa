package shop.agora.core.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalsTest {

    @Test
    void itemsShippingAndTaxOnBothAddUpToTheCent() {
        Totals totals = Totals.of("EUR", List.of(new Totals.Item(new BigDecimal("19.99"), 3),
                new Totals.Item(new BigDecimal("5.00"), 1)), new BigDecimal("4.95"), new BigDecimal("0.21"));
        assertEquals(new BigDecimal("64.97"), totals.subtotal());
        assertEquals(new BigDecimal("4.95"), totals.shipping());
        assertEquals(new BigDecimal("14.68"), totals.tax(), "21% of 69.92 = 14.6832, rounded once");
        assertEquals(new BigDecimal("84.60"), totals.total());
    }

    @Test
    void halfACentRoundsUpAndNoTaxIsZero() {
        assertEquals(new BigDecimal("0.11"), Totals.of("EUR", List.of(new Totals.Item(new BigDecimal("0.50"), 1)),
                BigDecimal.ZERO, new BigDecimal("0.21")).tax(), "0.105 -> 0.11");
        Totals untaxed = Totals.of("EUR", List.of(new Totals.Item(new BigDecimal("1200.00"), 1)), BigDecimal.ZERO,
                BigDecimal.ZERO);
        assertEquals(new BigDecimal("1200.00"), untaxed.total());
    }

    @Test
    void aTotalThatDoesNotAddUpCannotExist() {
        assertThrows(IllegalArgumentException.class, () -> new Totals("EUR", BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.TEN));
    }

    @Test
    void quantitiesOutsideOneToNinetyNineAreNamed() {
        assertEquals(null, CartPricing.quantityProblem(1));
        assertEquals(null, CartPricing.quantityProblem(99));
        assertEquals("Please enter a quantity of at least 1 (use Remove to take an item out).",
                CartPricing.quantityProblem(0));
        assertEquals("At most 99 of one item per order.", CartPricing.quantityProblem(100000));
        assertEquals("Please enter a quantity of at least 1 (use Remove to take an item out).",
                CartPricing.quantityProblem(-3));
    }
}
