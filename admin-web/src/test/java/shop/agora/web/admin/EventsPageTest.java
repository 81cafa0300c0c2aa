package shop.agora.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import shop.agora.core.events.ConsumerOutcome;

class EventsPageTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("shop.agora.web.admin.Texts", Locale.ENGLISH);

    @Test
    void anEventTypeIsShownInWords() {
        assertEquals("Payment Processed", EventsPage.inWords("PaymentProcessed"));
        assertEquals("Order Confirmed", EventsPage.inWords("OrderConfirmed"));
        assertEquals("Low Stock Alerted", EventsPage.inWords("LowStockAlerted"));
        assertEquals("Shipment", EventsPage.inWords("Shipment"));
        assertEquals("", EventsPage.inWords(null));
    }

    @Test
    void everyStatusOfAConsumerHasWords() {
        for (ConsumerOutcome.Status status : ConsumerOutcome.Status.values()) {
            assertEquals(status.label(), TEXTS.getString("events.status." + status), status.name());
        }
    }

    @Test
    void theOrderNumberIsTakenAsTheEventLogKeepsIt() {
        EventsPage page = new EventsPage();
        assertFalse(page.isSearched());
        page.setOrder("   ");
        assertNull(page.getOrder());
        assertFalse(page.isSearched());

        page.setOrder(" ag-1001-7 ");
        assertEquals("AG-1001-7", page.getOrder());
        assertTrue(page.isSearched());
    }
}
