package shop.agora.web.common.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImageServletTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void onlyAPositiveNumberIsAPictureId() {
        assertEquals(Optional.of(42L), ImageServlet.id("/42"));
        assertEquals(Optional.of(999_999_999_999_999_999L), ImageServlet.id("/999999999999999999"));
        assertEquals(Optional.empty(), ImageServlet.id(null));
        assertEquals(Optional.empty(), ImageServlet.id("/"));
        assertEquals(Optional.empty(), ImageServlet.id("/0"));
        assertEquals(Optional.empty(), ImageServlet.id("/-1"));
        assertEquals(Optional.empty(), ImageServlet.id("/042"));
        assertEquals(Optional.empty(), ImageServlet.id("/42/"));
        assertEquals(Optional.empty(), ImageServlet.id("/42.png"));
        assertEquals(Optional.empty(), ImageServlet.id("/abc"));
        assertEquals(Optional.empty(), ImageServlet.id("/9999999999999999999"), "too large for a long");
    }

    @Test
    void aKnownVersionIsNotSentAgain() {
        assertTrue(ImageServlet.matches("\"" + SHA + "\"", SHA));
        assertTrue(ImageServlet.matches("W/\"" + SHA + "\"", SHA));
        assertTrue(ImageServlet.matches("\"other\", \"" + SHA + "\"", SHA));
        assertTrue(ImageServlet.matches("*", SHA));
        assertFalse(ImageServlet.matches(null, SHA));
        assertFalse(ImageServlet.matches("", SHA));
        assertFalse(ImageServlet.matches(SHA, SHA), "an ETag is quoted");
        assertFalse(ImageServlet.matches("\"other\"", SHA));
    }

    @Test
    void onlyPicturesAreServedAsPictures() {
        assertEquals("image/png", ImageServlet.contentType("image/png"));
        assertEquals("image/svg+xml", ImageServlet.contentType("image/svg+xml"));
        assertEquals("application/octet-stream", ImageServlet.contentType("text/html"));
        assertEquals("application/octet-stream", ImageServlet.contentType("image/png\r\nX-Evil: 1"));
        assertEquals("application/octet-stream", ImageServlet.contentType(null));
    }
}
