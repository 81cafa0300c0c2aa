package shop.agora.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CheckoutNumberTest {

    @Test
    void orderNumbersCarryACheckDigitThatCatchesATypo() {
        assertEquals("AG-1001-6", Checkout.number(1001));
        assertNotEquals(Checkout.number(1001), Checkout.number(1010).replace("1010", "1001"),
                "swapped digits give another check digit");
        assertEquals("AG-1002-5", Checkout.number(1002));
    }
}
