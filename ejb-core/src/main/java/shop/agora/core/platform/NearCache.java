package shop.agora.core.platform;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A short-lived copy, in this server's memory, of what was last read from a shared cache. A read from the shared
 * cache (JCache, Hazelcast in Payara) deserialises the stored value, and on the way looks up every class in it
 * through the application's class loader: on every product page and every checkout quote that was a few per cent of
 * the server's CPU. A value read within {@code lifetime} of the last read comes from here instead. A change made on
 * this server forgets the copies at once (a read that raced with the change is not kept); a change made on another
 * server of a cluster is seen here after {@code lifetime} at most. Values must be immutable: every caller gets the
 * same instance.
 */
public final class NearCache<K, V> {

    private final long lifetimeNanos;
    private final int maxEntries;
    private final LongSupplier nanoClock;
    private final Map<K, Copy<V>> copies = new ConcurrentHashMap<>();
    /** Counts the changes: a read that began before one is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Copy<V>(V value, long readAt) {
    }

    public NearCache(long lifetimeMillis, int maxEntries) {
        this(lifetimeMillis, maxEntries, System::nanoTime);
    }

    NearCache(long lifetimeMillis, int maxEntries, LongSupplier nanoClock) {
        this.lifetimeNanos = lifetimeMillis * 1_000_000L;
        this.maxEntries = maxEntries;
        this.nanoClock = nanoClock;
    }

    /** The copy read within the lifetime, else what {@code read} gives (kept unless null). */
    public V get(K key, Supplier<V> read) {
        long now = nanoClock.getAsLong();
        Copy<V> copy = copies.get(key);
        if (copy != null && now - copy.readAt() < lifetimeNanos) {
            return copy.value();
        }
        long changesBefore = changes.get();
        V value = read.get();
        if (value != null) {
            if (copies.size() >= maxEntries) {
                copies.clear(); // many keys (a crawler going through the catalog): start again, simply
            }
            Copy<V> fresh = new Copy<>(value, now);
            copies.put(key, fresh);
            if (changes.get() != changesBefore) {
                copies.remove(key, fresh); // a change came while reading: what was read may be the old state
            }
        }
        return value;
    }

    /** Forgets the copy of one key; call it after the shared cache forgot the key. */
    public void forget(K key) {
        changes.incrementAndGet();
        copies.remove(key);
    }

    /** Forgets all copies; call it after the shared cache was cleared. */
    public void clear() {
        changes.incrementAndGet();
        copies.clear();
    }
}
