package shop.agora.core.notification.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Connections kept open between uses, so that sending a mail does not open (and, with a real provider, shake hands
 * on) a connection of its own each time. A connection is handed out to one caller at a time and given back after
 * use; the most recently used comes out first. One idle longer than {@code maxIdleNanos}, or used
 * {@code maxUses} times, is closed instead of used again (servers drop idle connections and limit the mails per
 * connection); one idle longer than {@code checkAfterNanos} is handed out marked as to be checked before use. At most
 * {@code maxKept} are kept; a connection given back beyond that is closed.
 *
 * @param <C> the connection
 */
final class KeptConnections<C> {

    /** How a connection is closed (called outside the lock; must not throw). */
    interface Closer<C> {
        void close(C connection);
    }

    /** A kept connection handed out: {@code check} says it idled long enough that it should be checked first. */
    record Taken<C>(C connection, int uses, boolean check) {
    }

    private record Kept<C>(C connection, int uses, long since) {
    }

    private final Deque<Kept<C>> idle = new ArrayDeque<>();
    private final int maxKept;
    private final int maxUses;
    private final long checkAfterNanos;
    private final long maxIdleNanos;
    private final LongSupplier nanoTime;
    private final Closer<C> closer;

    KeptConnections(int maxKept, int maxUses, long checkAfterNanos, long maxIdleNanos, LongSupplier nanoTime,
            Closer<C> closer) {
        this.maxKept = maxKept;
        this.maxUses = maxUses;
        this.checkAfterNanos = checkAfterNanos;
        this.maxIdleNanos = maxIdleNanos;
        this.nanoTime = nanoTime;
        this.closer = closer;
    }

    /** The freshest kept connection, if there is one still worth using; the stale ones are closed on the way. */
    Optional<Taken<C>> take() {
        List<C> stale = new ArrayList<>();
        Optional<Taken<C>> taken = Optional.empty();
        synchronized (idle) {
            long now = nanoTime.getAsLong();
            while (!idle.isEmpty() && taken.isEmpty()) {
                Kept<C> kept = idle.pollFirst();
                long idleFor = now - kept.since();
                if (idleFor > maxIdleNanos) {
                    stale.add(kept.connection());
                } else {
                    taken = Optional.of(new Taken<>(kept.connection(), kept.uses(), idleFor > checkAfterNanos));
                }
            }
            // the rest were given back earlier still: whatever is too old now stays too old
            idle.removeIf(kept -> {
                boolean old = now - kept.since() > maxIdleNanos;
                if (old) {
                    stale.add(kept.connection());
                }
                return old;
            });
        }
        stale.forEach(closer::close);
        return taken;
    }

    /** Keeps a connection used {@code uses} times in all, or closes it: used up, or enough kept already. */
    void giveBack(C connection, int uses) {
        boolean keep;
        synchronized (idle) {
            keep = uses < maxUses && idle.size() < maxKept;
            if (keep) {
                idle.addFirst(new Kept<>(connection, uses, nanoTime.getAsLong()));
            }
        }
        if (!keep) {
            closer.close(connection);
        }
    }

    /** Closes every kept connection (the application stops). */
    void closeAll() {
        List<C> all = new ArrayList<>();
        synchronized (idle) {
            idle.forEach(kept -> all.add(kept.connection()));
            idle.clear();
        }
        all.forEach(closer::close);
    }

    int kept() {
        synchronized (idle) {
            return idle.size();
        }
    }
}
