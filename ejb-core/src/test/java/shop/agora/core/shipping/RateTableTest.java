package shop.agora.core.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateTableTest {

    private final RateTable standard = new RateTable(List.of(new RateTable.Band(10_000, new BigDecimal("6.95")),
            new RateTable.Band(2_000, new BigDecimal("4.95"))), new BigDecimal("50.00"));

    @Test
    void theFirstBandThatHoldsTheWeightSetsThePrice() {
        assertEquals(Optional.of(new BigDecimal("4.95")), standard.price(2_000, new BigDecimal("10")));
        assertEquals(Optional.of(new BigDecimal("6.95")), standard.price(2_001, new BigDecimal("10")));
        assertEquals(Optional.empty(), standard.price(10_001, new BigDecimal("10")), "too heavy for this method");
    }

    @Test
    void fromTheThresholdOnShippingIsFree() {
        assertEquals(Optional.of(new BigDecimal("0.00")), standard.price(500, new BigDecimal("50.00")));
        assertEquals(Optional.of(new BigDecimal("4.95")), standard.price(500, new BigDecimal("49.99")));
        assertEquals(Optional.empty(), standard.price(50_000, new BigDecimal("1000")), "free, but not too heavy");
    }

    @Test
    void zonesNameTheirCountries() {
        assertTrue(RateTable.covers("AT,BE,DE", "de"));
        assertFalse(RateTable.covers("AT,BE,DE", "NL"));
        assertTrue(RateTable.covers("*", "*"));
    }
}
