package shop.agora.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventRelayTest {

    private static final long SPACING = TimeUnit.MILLISECONDS.toNanos(EventRelay.SPACING_MILLIS);

    @Test
    void aBatchRightAfterAnotherWaitsForTheRestOfTheSpacing() {
        long last = 1_000_000_000L;
        assertEquals(SPACING, EventRelay.waitNanos(last, last, SPACING));
        assertEquals(SPACING - 5_000_000L, EventRelay.waitNanos(last, last + 5_000_000L, SPACING));
    }

    @Test
    void aBatchLongAfterTheLastWaitsForNothing() {
        long last = 1_000_000_000L;
        assertEquals(0, EventRelay.waitNanos(last, last + SPACING, SPACING));
        assertEquals(0, EventRelay.waitNanos(last, last + TimeUnit.SECONDS.toNanos(10), SPACING));
    }

    @Test
    void theNanosecondClockWrappingAroundChangesNothing() {
        long last = Long.MAX_VALUE - 1_000_000L;
        assertEquals(SPACING - 3_000_000L, EventRelay.waitNanos(last, last + 3_000_000L, SPACING));
        assertEquals(0, EventRelay.waitNanos(last, last + 2 * SPACING, SPACING));
    }
}
