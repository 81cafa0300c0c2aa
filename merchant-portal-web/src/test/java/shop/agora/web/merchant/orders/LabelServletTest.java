package shop.agora.web.merchant.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The label link's parcel id, and the file name in the header. */
class LabelServletTest {

    @Test
    void aPositiveWholeNumberIsAParcelId() {
        assertEquals(OptionalLong.of(123), LabelServlet.parcelId("123"));
        assertEquals(OptionalLong.of(7), LabelServlet.parcelId(" 7 "));
        assertEquals(OptionalLong.of(999_999_999_999_999_999L), LabelServlet.parcelId("999999999999999999"));
    }

    @Test
    void anythingElseIsNoParcelId() {
        for (String bad : new String[] {null, "", " ", "0", "007", "-1", "+1", "1.5", "12a", "1e3", "0x1F",
                "1234567890123456789", "99999999999999999999", "1 2", "１２３"}) {
            assertTrue(LabelServlet.parcelId(bad).isEmpty(), () -> "not an id: " + bad);
        }
    }

    @Test
    void theFileNameKeepsLettersDigitsDotsDashesAndUnderscores() {
        assertEquals("label-AG123456785NL.pdf", LabelServlet.fileName("label-AG123456785NL.pdf"));
        assertEquals("label_my_parcel.pdf", LabelServlet.fileName("label my_parcel.pdf"));
    }

    @Test
    void theFileNameCannotEndTheQuotedStringOrTheHeader() {
        assertEquals("label-_x.pdf__Set-Cookie__a_b", LabelServlet.fileName("label-\"x.pdf\r\nSet-Cookie: a=b"));
        assertEquals("label.pdf", LabelServlet.fileName(null));
        assertEquals("label.pdf", LabelServlet.fileName(" "));
        assertEquals("label.pdf", LabelServlet.fileName(".."));
    }
}
