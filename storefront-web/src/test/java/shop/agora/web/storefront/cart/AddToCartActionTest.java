package shop.agora.web.storefront.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class AddToCartActionTest {

    @Test
    void aQuantityIsAWholeNumberFromOneToNinetyNine() {
        assertEquals(1, AddToCartAction.quantity("1"));
        assertEquals(99, AddToCartAction.quantity(" 99 "));
        assertEquals(7, AddToCartAction.quantity("07"));
        for (String typed : new String[] {null, "", "0", "00", "-1", "100", "1000000", "abc", "1.5", "1e2", "+3"}) {
            assertNull(AddToCartAction.quantity(typed), typed);
        }
    }
}
