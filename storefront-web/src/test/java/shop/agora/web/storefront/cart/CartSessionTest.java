package shop.agora.web.storefront.cart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import shop.agora.core.inventory.SkuQuantity;

class CartSessionTest {

    @Test
    void theCookieFillsAnEmptyCartOncePerSession() {
        CartSession session = new CartSession();
        session.restore(() -> List.of(new SkuQuantity(1, 2)));
        session.restore(() -> {
            throw new AssertionError("the cookie is read once per session");
        });
        assertEquals(List.of(new SkuQuantity(1, 2)), session.guestLines());
        assertEquals(2, session.guestItemCount());
    }

    @Test
    void aCartFilledInThisSessionWins() {
        CartSession session = new CartSession();
        session.put(5, 1);
        session.restore(() -> List.of(new SkuQuantity(1, 2)));
        assertEquals(List.of(new SkuQuantity(5, 1)), session.guestLines());
    }

    @Test
    void linesKeepTheirOrderAndAQuantityIsAtLeastOne() {
        CartSession session = new CartSession();
        session.put(9, 1);
        session.put(4, 2);
        session.put(9, 3);
        assertEquals(List.of(new SkuQuantity(9, 3), new SkuQuantity(4, 2)), session.guestLines());
        assertThrows(IllegalArgumentException.class, () -> session.put(4, 0));
        session.remove(9);
        assertEquals(2, session.guestItemCount());
        session.clearGuestLines();
        assertEquals(0, session.lineCount());
    }
}
