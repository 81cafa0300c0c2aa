package shop.agora.core.shipping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TrackingScheduleTest {

    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void aParcelThatJustMovedIsAskedAboutAtTheNextRound() {
        assertEquals(NOW, TrackingSchedule.nextAsk(NOW, NOW, HOUR));
    }

    @Test
    void aParcelStillForAWhileIsAskedAgainAfterHalfThatWhile() {
        assertEquals(NOW.plus(Duration.ofMinutes(10)),
                TrackingSchedule.nextAsk(NOW, NOW.minus(Duration.ofMinutes(20)), HOUR));
    }

    @Test
    void theWaitIsAtMostTheLongest() {
        assertEquals(NOW.plus(HOUR), TrackingSchedule.nextAsk(NOW, NOW.minus(Duration.ofDays(3)), HOUR));
    }

    @Test
    void newsFromTheFutureMeansAskingAtOnce() {
        // a carrier's clock ahead of ours
        assertEquals(NOW, TrackingSchedule.nextAsk(NOW, NOW.plus(Duration.ofMinutes(5)), HOUR));
    }
}
