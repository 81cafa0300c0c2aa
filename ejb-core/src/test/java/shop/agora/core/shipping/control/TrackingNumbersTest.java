package shop.agora.core.shipping.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

    @Test
    void theCheckDigitFollowsTheUpuS10Rule() {
        // the UPU's own example: serial 47312482, check digit 9
        assertEquals("RA473124829GB", TrackingNumbers.s10("RA", 47_312_482, "GB"));
        assertEquals("AG000000005NL", TrackingNumbers.s10("AG", 0, "NL"), "a remainder of 0 gives 5");
        assertTrue(TrackingNumbers.valid("RA473124829GB"));
    }

    @Test
    void aMistypedDigitIsCaught() {
        assertFalse(TrackingNumbers.valid("RA473124827GB"));
        assertFalse(TrackingNumbers.valid("RA473142829GB"), "two digits swapped");
        assertFalse(TrackingNumbers.valid("RA47312482GB"), "too short");
        assertFalse(TrackingNumbers.valid(null));
    }

    @Test
    void aSerialHasEightDigits() {
        assertThrows(IllegalArgumentException.class, () -> TrackingNumbers.s10("AG", 100_000_000L, "NL"));
    }
}
