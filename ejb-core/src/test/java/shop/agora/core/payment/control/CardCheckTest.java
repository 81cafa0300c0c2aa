package shop.agora.core.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.agora.core.payment.CardDetails;

class CardCheckTest {

    private static final YearMonth NOW = YearMonth.of(2026, 11);

    @Test
    void theTestCardsPassLuhnAndAMistypedDigitDoesNot() {
        assertTrue(CardCheck.luhn("4242424242424242"));
        assertTrue(CardCheck.luhn("4000000000000002"));
        assertTrue(CardCheck.luhn("4000000000009995"));
        assertTrue(CardCheck.luhn("4000000000000119"));
        assertFalse(CardCheck.luhn("4242424242424241"));
        assertFalse(CardCheck.luhn("4242x24242424242"));
    }

    @Test
    void aGoodCardHasNoProblemsWithSpacesInTheNumber() {
        assertTrue(CardCheck.problems(new CardDetails("Ada Lovelace", "4242 4242 4242 4242", "12/29", "123"), NOW)
                .isEmpty());
        assertTrue(CardCheck.problems(new CardDetails("Ada", "4242-4242-4242-4242", "11/26", "123"), NOW).isEmpty(),
                "valid through the end of this month");
    }

    @Test
    void eachFieldSaysWhatIsWrong() {
        Map<String, String> problems = CardCheck.problems(new CardDetails(" ", "4242 4242 4242 4241", "10/26", "12"),
                NOW);
        assertEquals("Please enter the name on the card.", problems.get("holder"));
        assertEquals("This card number is not valid; please check it.", problems.get("number"));
        assertEquals("This card has expired.", problems.get("expiry"));
        assertTrue(problems.get("cvc").contains("3-digit"));
        assertEquals("A card number has 12 to 19 digits.",
                CardCheck.problems(new CardDetails("A", "abc", "12/29", "123"), NOW).get("number"));
        assertEquals("Please enter the expiry date as MM/YY.",
                CardCheck.problems(new CardDetails("A", "4242424242424242", "13/29", "123"), NOW).get("expiry"));
        assertTrue(CardCheck.problems(new CardDetails("A", "378282246310005", "12/29", "123"), NOW).get("cvc")
                .contains("4-digit"), "American Express has 4 digits on the front");
    }

    @Test
    void expiryFormatsAndBrands() {
        assertEquals(YearMonth.of(2029, 12), CardCheck.expiry("12/29"));
        assertEquals(YearMonth.of(2029, 1), CardCheck.expiry("1/2029"));
        assertEquals(YearMonth.of(2029, 12), CardCheck.expiry("1229"));
        assertNull(CardCheck.expiry("00/29"));
        assertEquals("VISA", CardCheck.brand("4242424242424242"));
        assertEquals("MASTERCARD", CardCheck.brand("5555555555554444"));
        assertEquals("AMEX", CardCheck.brand("378282246310005"));
    }

    @Test
    void theCardNeverPrintsItsNumber() {
        String printed = new CardDetails("Ada", "4242 4242 4242 4242", "12/29", "123").toString();
        assertFalse(printed.contains("424242"), printed);
        assertFalse(printed.contains("123"), printed);
        assertTrue(printed.endsWith("****4242]"), printed);
    }
}
