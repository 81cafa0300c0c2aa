package shop.agora.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailServerTest {

    @Test
    void theMailboxesSeenLongestAgoGoBeyondTheNewest() {
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        assertEquals(List.of(), MailServer.toDrop(seen, List.of("a", "b", "c"), 3));
        assertEquals(List.of("a", "b"), MailServer.toDrop(seen, List.of("c", "b", "a", "d", "e"), 3));
        assertEquals(List.of("c", "d", "e"), List.copyOf(seen));
        assertEquals(List.of(), MailServer.toDrop(seen, List.of("c", "e", "f"), 3), "d went on its own");
        assertEquals(List.of("c", "e", "f"), List.copyOf(seen));
        assertEquals(List.of("c"), MailServer.toDrop(seen, List.of("f", "e", "c", "g"), 3));
        assertEquals(List.of("e", "f", "g"), List.copyOf(seen));
    }
}
