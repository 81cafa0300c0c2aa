package shop.agora.web.storefront.order;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Stops guessing on the tracking page: a client address whose lookups found no order {@value #MAX_FAILURES} times in
 * the last 10 minutes is refused every lookup, a right one too, until the oldest of those failures is 10 minutes old.
 * Kept in this server's memory (a restart forgets it); addresses without a recent failure are forgotten as the map
 * grows. Uses the system clock, not the platform's, which tests may move.
 */
@ApplicationScoped
public class LookupLimit {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(10);
    /** Past this many addresses, those without a recent failure are dropped. */
    static final int SWEEP_ABOVE = 10_000;

    /** Each address's recent failures, oldest first, at most {@link #MAX_FAILURES}; immutable lists. */
    private final ConcurrentMap<String, List<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LookupLimit() {
        this(Clock.systemUTC());
    }

    LookupLimit(Clock clock) {
        this.clock = clock;
    }

    /** Whether a lookup from this address may go ahead now. */
    public boolean allows(String client) {
        Instant now = clock.instant();
        List<Instant> recent = failures.computeIfPresent(client, (address, times) -> recent(times, now));
        return recent == null || recent.size() < MAX_FAILURES;
    }

    /** A lookup from this address found no order. */
    public void failed(String client) {
        Instant now = clock.instant();
        failures.compute(client, (address, times) -> {
            List<Instant> kept = new ArrayList<>(times == null ? List.of() : recentOrEmpty(times, now));
            kept.add(now);
            return List.copyOf(kept.subList(Math.max(0, kept.size() - MAX_FAILURES), kept.size()));
        });
        if (failures.size() > SWEEP_ABOVE) {
            failures.keySet().forEach(address -> failures.computeIfPresent(address, (a, times) -> recent(times, now)));
        }
    }

    /** How many addresses are remembered. */
    int clients() {
        return failures.size();
    }

    /** The failures still inside the window; null (forget the address) when there are none. */
    private static List<Instant> recent(List<Instant> times, Instant now) {
        List<Instant> kept = recentOrEmpty(times, now);
        return kept.isEmpty() ? null : kept;
    }

    private static List<Instant> recentOrEmpty(List<Instant> times, Instant now) {
        Instant since = now.minus(WINDOW);
        return times.stream().filter(at -> at.isAfter(since)).toList();
    }
}
