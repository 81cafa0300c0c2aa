package shop.agora.web.storefront.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.agora.core.inventory.SkuQuantity;

class GuestCartCookieTest {

    @Test
    void linesGoThereAndBack() {
        List<SkuQuantity> lines = List.of(new SkuQuantity(12, 3), new SkuQuantity(987654321012L, 99));
        String value = GuestCartCookie.encode(lines);
        assertEquals("12.3_987654321012.99", value);
        assertEquals(lines, GuestCartCookie.decode(value));
    }

    @Test
    void theSameItemTwiceAddsUpToNinetyNineAtMost() {
        assertEquals(List.of(new SkuQuantity(5, 7)), GuestCartCookie.decode("5.3_5.4"));
        assertEquals(List.of(new SkuQuantity(5, 99)), GuestCartCookie.decode("5.60_5.60"));
    }

    @Test
    void anythingElseIsNoCartAtAll() {
        for (String value : new String[] {null, "", "abc", "5", "5.0", "0.1", "5.100", "5.-1", "5.3_", "_5.3",
            "5.3__6.1", "5.3;6.1", "5.3,6.1", "1234567890123456789.1", "5.3 6.1", "5.03"}) {
            assertTrue(GuestCartCookie.decode(value).isEmpty(), value);
        }
    }

    @Test
    void atMostAHundredLines() {
        List<SkuQuantity> many = new ArrayList<>();
        for (int i = 1; i <= GuestCartCookie.MAX_LINES + 5; i++) {
            many.add(new SkuQuantity(i, 1));
        }
        String value = GuestCartCookie.encode(many);
        assertEquals(GuestCartCookie.MAX_LINES, GuestCartCookie.decode(value).size());
        assertTrue(GuestCartCookie.decode(value + "_999.1_998.1_997.1").isEmpty(), "a longer list was not ours");
    }
}
