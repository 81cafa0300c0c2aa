package shop.agora.core.shipping;

import java.time.Duration;
import java.time.Instant;

/**
 * When the carrier is asked about a parcel again: after half the time since its last news (its latest scan, or its
 * label), at most {@code longest} later. A parcel that just moved is asked again at the next round; one that has
 * waited in a depot for a day is asked every so often, not at every round. A parcel is then learnt to have moved at
 * most half the time it had been still (or {@code longest}) after it did.
 */
final class TrackingSchedule {

    private TrackingSchedule() {
    }

    static Instant nextAsk(Instant now, Instant lastNews, Duration longest) {
        Duration still = Duration.between(lastNews, now);
        if (still.isNegative()) {
            return now;
        }
        Duration wait = still.dividedBy(2);
        return now.plus(wait.compareTo(longest) > 0 ? longest : wait);
    }
}
