package shop.agora.core.notification.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    @Test
    void valuesAreEscapedInTheHtmlPartOnly() {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", "Your order AG-1001-7 is on its way");
        model.put("number", "AG-1001-7");
        model.put("shipmentNumber", "AG-1001-7-1");
        model.put("carrier", "Agora Sandbox Post");
        model.put("trackingNumber", "AG123456785NL");
        model.put("orderUrl", "http://localhost:8080/shop/track?number=AG-1001-7");
        model.put("lines", List.of(Map.of("quantity", 2, "product", "<script>alert(1)</script>", "variant", "M & L")));

        MailTemplates.Rendered mail = MailTemplates.render("shipment-ready", model);

        assertTrue(mail.text().contains("2 x <script>alert(1)</script> (M & L)"), mail.text());
        assertTrue(mail.html().contains("&lt;script&gt;alert(1)&lt;/script&gt; (M &amp; L)"), mail.html());
        assertFalse(mail.html().contains("<script>"), mail.html());
        assertTrue(mail.html().contains("AG123456785NL") && mail.html().startsWith("<!DOCTYPE html>"),
                "the body sits in the layout");
    }

    @Test
    void aCancellationSaysWhereEachPartOfThePaymentGoes() {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", "Your order AG-1001-7 was cancelled");
        model.put("number", "AG-1001-7");
        model.put("reason", "Cancelled at your request.");
        model.put("orderUrl", "http://localhost:8080/shop/account/order?number=AG-1001-7");
        model.put("refundComing", true);
        model.put("total", "\u20ac24.39");
        model.put("balanceComing", true);
        model.put("balancePaid", "\u20ac30.00");

        String text = MailTemplates.render("order-cancelled", model).text();
        assertTrue(text.contains("The payment of \u20ac24.39 goes back to your card"), text);
        assertTrue(text.contains("The \u20ac30.00 you paid with your wallet and store credit goes back there."), text);

        model.put("refundComing", false);
        String balanceOnly = MailTemplates.render("order-cancelled", model).html();
        assertFalse(balanceOnly.contains("your card"), balanceOnly);
        assertTrue(balanceOnly.contains("wallet and store credit goes back there"), balanceOnly);
    }

    @Test
    void aMissingValueIsAnErrorNotABlank() {
        assertThrows(RuntimeException.class, () -> MailTemplates.render("order-delivered", Map.of("number", "AG-1")));
    }
}
