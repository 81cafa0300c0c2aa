package shop.agora.core.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() {
        List<Csv.Row> rows = Csv.parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\n3,,\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("x, y", "say \"hi\"", "two\nlines"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        assertEquals(4, rows.get(2).line(), "the line count includes the line break inside quotes");
        assertEquals(List.of("3", "", ""), rows.get(2).fields());
    }

    @Test
    void skipsBlankLinesAndAByteOrderMark() {
        List<Csv.Row> rows = Csv.parse("\uFEFFa,b\n\n1,2");
        assertEquals(2, rows.size());
        assertEquals(List.of("a", "b"), rows.get(0).fields());
        assertEquals(3, rows.get(1).line());
    }

    @Test
    void anUnclosedQuoteIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> Csv.parse("a\n\"open"));
    }

    @Test
    void writingQuotesWhatNeedsItAndDefusesFormulas() {
        assertEquals("plain,\"a,b\",\"q\"\"q\",'=SUM(A1),-12.5\r\n",
                Csv.format(List.of(List.of("plain", "a,b", "q\"q", "=SUM(A1)", "-12.5"))));
    }
}
