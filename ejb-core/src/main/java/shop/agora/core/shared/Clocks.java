package shop.agora.core.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The clock every component asks for the time, so that tests can control it where a rule depends on dates (refund
 * periods, parcels on their way, expiring holds, payments left pending). It is the system clock plus an offset that
 * only {@link shop.agora.core.platform.ClockControl} changes, and only where {@code agora.clock.adjustable} is on (the
 * test platform); everywhere else the offset stays zero.
 */
@ApplicationScoped
public class Clocks {

    private static final Shifted CLOCK = new Shifted();

    @Produces
    @ApplicationScoped
    Clock clock() {
        return CLOCK;
    }

    /** How far the platform's clock is ahead of the system clock. */
    public static Duration offset() {
        return CLOCK.offset.get();
    }

    /** Sets how far the platform's clock is ahead; for {@code ClockControl} only. */
    public static void offset(Duration offset) {
        CLOCK.offset.set(offset);
    }

    /** The system clock in UTC, moved by the offset. */
    static final class Shifted extends Clock {

        private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset.get());
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
