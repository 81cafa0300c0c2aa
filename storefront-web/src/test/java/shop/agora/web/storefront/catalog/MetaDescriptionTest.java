package shop.agora.web.storefront.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetaDescriptionTest {

    @Test
    void aShortTextIsKeptOnOneLine() {
        assertEquals("A lamp. It shines.", MetaDescription.of("  A lamp.\n\n  It shines.  "));
        assertEquals("", MetaDescription.of(null));
    }

    @Test
    void aLongTextIsCutAfterAWholeWord() {
        String text = "word ".repeat(60);
        String shortened = MetaDescription.of(text);

        assertTrue(shortened.length() <= MetaDescription.MAX_LENGTH, shortened);
        assertTrue(shortened.endsWith("word\u2026"), shortened);
    }

    @Test
    void oneHugeWordIsCutAnywhere() {
        String shortened = MetaDescription.of("x".repeat(500));

        assertEquals(MetaDescription.MAX_LENGTH, shortened.length());
    }
}
