package shop.agora.core.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsForTheShoppersLocale() {
        Money price = Money.of("1234.5", "EUR");
        assertEquals("€1,234.50", price.format(Locale.UK));
        assertEquals("1.234,50 €", price.format(Locale.GERMANY).replace('\u00a0', ' '));
        assertEquals("$19.99", Money.of("19.99", "USD").format(Locale.US));
        assertEquals("¥1,200", Money.of("1200", "JPY").format(Locale.US).replace("￥", "¥"));
    }

    @Test
    void keepsTheCurrencysMinorUnitExactly() {
        assertEquals(new BigDecimal("0.30"), Money.of("0.1", "EUR").plus(Money.of("0.2", "EUR")).amount());
        assertEquals(new BigDecimal("59.97"), Money.of("19.99", "EUR").times(3).amount());
        assertEquals(Money.of("10", "EUR"), Money.of("10.00", "EUR"));
    }

    @Test
    void refusesWhatIsNotMoney() {
        assertThrows(DomainException.class, () -> Money.of("1.005", "EUR"));
        assertThrows(DomainException.class, () -> Money.of("12,50", "EUR"));
        assertThrows(DomainException.class, () -> Money.of("10", "EURO"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("1", "EUR").plus(Money.of("1", "USD")));
        assertTrue(Money.of("-1", "EUR").isNegative());
    }
}
