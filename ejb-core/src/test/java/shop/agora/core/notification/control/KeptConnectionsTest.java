package shop.agora.core.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class KeptConnectionsTest {

    private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

    private long now = 1_000 * SECOND;
    private final List<String> closed = new ArrayList<>();
    private final KeptConnections<String> connections =
            new KeptConnections<>(2, 3, SECOND, 30 * SECOND, () -> now, closed::add);

    @Test
    void aConnectionGivenBackIsTheNextOneTakenAndCountsItsUses() {
        assertTrue(connections.take().isEmpty(), "nothing kept at first: the caller opens one");

        connections.giveBack("a", 1);
        var taken = connections.take().orElseThrow();

        assertEquals("a", taken.connection());
        assertEquals(1, taken.uses());
        assertFalse(taken.check(), "used a moment ago: no need to ask the server first");
        assertTrue(connections.take().isEmpty(), "one caller at a time");
    }

    @Test
    void theMostRecentlyUsedComesOutFirst() {
        connections.giveBack("older", 1);
        now += 1;
        connections.giveBack("newer", 1);

        assertEquals("newer", connections.take().orElseThrow().connection());
        assertEquals("older", connections.take().orElseThrow().connection());
    }

    @Test
    void aConnectionIdleForAWhileIsToBeCheckedAndOneIdleTooLongIsClosed() {
        connections.giveBack("a", 1);
        now += 2 * SECOND;
        assertTrue(connections.take().orElseThrow().check(), "idle two seconds: ask the server before use");

        connections.giveBack("a", 2);
        now += 31 * SECOND;
        assertTrue(connections.take().isEmpty(), "idle longer than the server may keep it");
        assertEquals(List.of("a"), closed);
    }

    @Test
    void staleConnectionsBehindAFreshOneAreClosedToo() {
        connections.giveBack("old", 1);
        now += 20 * SECOND;
        connections.giveBack("fresh", 1);
        now += 15 * SECOND;

        assertEquals("fresh", connections.take().orElseThrow().connection());
        assertEquals(List.of("old"), closed);
        assertEquals(0, connections.kept());
    }

    @Test
    void aConnectionUsedUpOrBeyondTheNumberKeptIsClosed() {
        connections.giveBack("used-up", 3);
        assertEquals(List.of("used-up"), closed);

        connections.giveBack("a", 1);
        connections.giveBack("b", 1);
        connections.giveBack("c", 1);
        assertEquals(List.of("used-up", "c"), closed);
        assertEquals(2, connections.kept());

        connections.closeAll();
        assertEquals(List.of("used-up", "c", "b", "a"), closed);
        assertEquals(0, connections.kept());
    }
}
