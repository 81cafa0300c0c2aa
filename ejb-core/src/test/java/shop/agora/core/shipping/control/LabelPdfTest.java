package shop.agora.core.shipping.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import shop.agora.core.shipping.ShippingProvider;

class LabelPdfTest {

    @Test
    void theLabelIsAnA6PdfWithAddressesAndTheTrackingNumber() throws Exception {
        byte[] pdf = LabelPdf.render(new LabelPdf.Label("Agora Sandbox Post", "Standard (1-2 days)", "AG123456785NL",
                "AG-1001-7-1", "AG-1001-7", "Harbor <Electronics>",
                new ShippingProvider.Address("Amsterdam warehouse", "Havenweg 2", "1013 AA", "Amsterdam", "NL"),
                new ShippingProvider.Address("Ada Lovelace", "Keizersgracht 1", "1015 CJ", "Amsterdam", "NL"),
                "+31 20 123 4567", 2_350, 3, Instant.parse("2026-11-21T10:00:00Z")));

        assertTrue(new String(pdf, 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(1, reader.getNumberOfPages());
            assertEquals(298, Math.round(reader.getPageSize(1).getWidth()), "A6 wide");
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            for (String expected : new String[] {"AG123456785NL", "Ada Lovelace", "Keizersgracht 1", "1015 CJ Amsterdam",
                "Harbor <Electronics>", "Order AG-1001-7", "Parcel AG-1001-7-1", "2.35 kg, 3 items", "2026-11-21"}) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        } finally {
            reader.close();
        }
    }
}
