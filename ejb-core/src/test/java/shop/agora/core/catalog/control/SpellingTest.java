package shop.agora.core.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpellingTest {

    private final List<String> catalog = List.of("Nimbus Pro Laptop 14", "Voltra Gaming Laptop", "Sonara Earbuds",
            "Trailhead Camping Stove");

    @Test
    void swappedAndMissingLettersAreCorrected() {
        assertEquals("laptop", Spelling.correct("lapotp", catalog));
        assertEquals("gaming laptop", Spelling.correct("gamng laptop", catalog));
        assertEquals("earbuds", Spelling.correct("Earbuts", catalog));
    }

    @Test
    void correctWordsAndUnknownWordsAreLeftAlone() {
        assertNull(Spelling.correct("laptop", catalog));
        assertNull(Spelling.correct("zzzzzz", catalog));
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, Spelling.distance("lpatop", "laptop"));
        assertEquals(1, Spelling.distance("lapotp", "laptop"));
        assertEquals(2, Spelling.distance("lptp", "laptop"));
        assertEquals(3, Spelling.distance("kitten", "sitting"));
    }
}
