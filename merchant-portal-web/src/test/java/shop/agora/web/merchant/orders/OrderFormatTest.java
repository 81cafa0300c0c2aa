package shop.agora.web.merchant.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Countries by name, amounts with their currency, and order numbers worth asking the service about. */
class OrderFormatTest {

    private final OrderFormat format = new OrderFormat();

    @Test
    void aCountryCodeBecomesItsName() {
        assertEquals("Netherlands", format.country("NL"));
        assertEquals("Germany", format.country(" DE "));
        assertEquals("", format.country(null));
        assertEquals("QQ", format.country("QQ"));
    }

    @Test
    void anAmountIsWrittenWithItsCurrency() {
        assertEquals("€1,234.50", OrderFormat.money(new BigDecimal("1234.50"), "EUR", Locale.ENGLISH));
        assertEquals("", OrderFormat.money(null, "EUR", Locale.ENGLISH));
        assertEquals("", format.money(BigDecimal.ONE, null));
    }

    @Test
    void onlyAShortNumberIsLookedUp() {
        assertTrue(OrderPage.plausible("AG-1001-7"));
        assertFalse(OrderPage.plausible(null));
        assertFalse(OrderPage.plausible("  "));
        assertFalse(OrderPage.plausible("A".repeat(OrderPage.MAX_NUMBER + 1)));
    }
}
