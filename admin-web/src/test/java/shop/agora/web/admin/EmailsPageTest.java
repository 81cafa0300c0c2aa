package shop.agora.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class EmailsPageTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("shop.agora.web.admin.Texts", Locale.ENGLISH);

    @Test
    void everyKindOfMailHasWords() {
        // the kinds NotificationService records
        for (String kind : List.of("WELCOME", "LOW_STOCK", "ORDER_CONFIRMED", "SHIPMENT_READY", "ORDER_DELIVERED",
                "ORDER_CANCELLED", "REFUND_PROCESSED")) {
            assertTrue(TEXTS.containsKey("emails.kind." + kind), kind);
        }
        assertEquals("Order confirmation", EmailsPage.inWords(TEXTS, "ORDER_CONFIRMED"));
        assertEquals("Refund", EmailsPage.inWords(TEXTS, "REFUND_PROCESSED"));
    }

    @Test
    void aKindWithoutWordsIsShownAsItIs() {
        assertEquals("PASSWORD_RESET", EmailsPage.inWords(TEXTS, "PASSWORD_RESET"));
        assertNull(EmailsPage.inWords(TEXTS, null));
    }

    @Test
    void onlySentAndFailedAreStatuses() {
        assertEquals("FAILED", EmailsPage.statusOf("FAILED"));
        assertEquals("SENT", EmailsPage.statusOf(" sent "));
        assertNull(EmailsPage.statusOf(""));
        assertNull(EmailsPage.statusOf(null));
        assertNull(EmailsPage.statusOf("BOUNCED"));
    }

    @Test
    void aBlankFilterIsNoFilter() {
        EmailsPage page = new EmailsPage();
        page.setStatus("");
        page.setSearch("   ");
        assertNull(page.getSearch());
        assertFalse(page.isFiltered());

        page.setSearch("  A-1001 ");
        assertEquals("A-1001", page.getSearch());
        assertTrue(page.isFiltered());

        page.setSearch(null);
        page.setStatus("FAILED");
        assertTrue(page.isFiltered());
    }
}
