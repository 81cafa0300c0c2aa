package shop.agora.web.storefront.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LookupLimitTest {

    private static final String CLIENT = "203.0.113.7";

    private final MovableClock clock = new MovableClock();
    private final LookupLimit limit = new LookupLimit(clock);

    @Test
    void tenFailedLookupsInTenMinutesStopTheNextOnes() {
        for (int i = 0; i < LookupLimit.MAX_FAILURES - 1; i++) {
            assertTrue(limit.allows(CLIENT));
            limit.failed(CLIENT);
            clock.move(Duration.ofSeconds(30));
        }
        assertTrue(limit.allows(CLIENT), "nine failures: one more try");
        limit.failed(CLIENT);
        assertFalse(limit.allows(CLIENT), "ten: refused, a right lookup too");
        assertTrue(limit.allows("198.51.100.1"), "another address is not refused");
    }

    @Test
    void theRefusalEndsWhenTheOldestFailureIsTenMinutesOld() {
        limit.failed(CLIENT);
        clock.move(Duration.ofMinutes(5));
        for (int i = 1; i < LookupLimit.MAX_FAILURES; i++) {
            limit.failed(CLIENT);
        }
        clock.move(Duration.ofMinutes(4));
        assertFalse(limit.allows(CLIENT));
        clock.move(Duration.ofMinutes(1).plusSeconds(1));
        assertTrue(limit.allows(CLIENT), "the first failure left the window: one more try");
        limit.failed(CLIENT);
        assertFalse(limit.allows(CLIENT), "and the next failure stops it again");
        clock.move(Duration.ofMinutes(10));
        assertTrue(limit.allows(CLIENT), "ten quiet minutes: all forgotten");
    }

    @Test
    void failuresLongAgoDoNotCount() {
        for (int i = 0; i < LookupLimit.MAX_FAILURES - 1; i++) {
            limit.failed(CLIENT);
        }
        clock.move(LookupLimit.WINDOW.plusSeconds(1));
        limit.failed(CLIENT);
        assertTrue(limit.allows(CLIENT));
    }

    @Test
    void addressesWithoutRecentFailuresAreForgottenAsTheMapGrows() {
        for (int i = 0; i < LookupLimit.SWEEP_ABOVE; i++) {
            limit.failed("10.0." + i / 256 + "." + i % 256);
        }
        clock.move(LookupLimit.WINDOW.plusSeconds(1));
        limit.failed(CLIENT);
        assertEquals(1, limit.clients());
        assertTrue(limit.allows(CLIENT));
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-01T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
