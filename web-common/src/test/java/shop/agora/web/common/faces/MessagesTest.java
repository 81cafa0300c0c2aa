package shop.agora.web.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final String BADGE = "{0,choice,0#Cart, empty|1#Cart, 1 item|1<Cart, {0,number,integer} items}";

    @Test
    void aPatternParsedOnceFormatsEachUseWithItsOwnArguments() {
        assertEquals("Cart, empty", Messages.format(BADGE, Locale.ENGLISH, 0));
        assertEquals("Cart, 1 item", Messages.format(BADGE, Locale.ENGLISH, 1));
        assertEquals("Cart, 1,200 items", Messages.format(BADGE, Locale.ENGLISH, 1200));
        assertEquals("Cart, 1.200 items", Messages.format(BADGE, Locale.GERMAN, 1200), "per locale");
        assertEquals("Order AG-1 of ada", Messages.format("Order {0} of {1}", Locale.ENGLISH, "AG-1", "ada"));
    }
}
