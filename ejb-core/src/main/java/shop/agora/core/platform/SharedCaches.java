package shop.agora.core.platform;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * What the application's caches in the server's JCache (Hazelcast in Payara, shared by the instances of a cluster)
 * have in common: entries stored by value that expire a while after they were put, a cache that fails is passed by
 * (the caller reads the database), and changes forget entries only once their transaction has committed, so that no
 * reader can put the old state back in between.
 */
public final class SharedCaches {

    private static final Logger LOG = Logger.getLogger(SharedCaches.class.getName());

    private SharedCaches() {
    }

    /**
     * The cache of this name, created when missing; one left by an earlier deployment is emptied (its entries hold
     * classes of that deployment's class loader).
     */
    public static <K, V> Cache<K, V> open(CacheManager manager, String name, Class<K> keyType, Class<V> valueType,
            Duration timeToLive) {
        Cache<K, V> existing = manager.getCache(name, keyType, valueType);
        if (existing != null) {
            existing.clear();
            return existing;
        }
        try {
            return manager.createCache(name, new MutableConfiguration<K, V>()
                    .setTypes(keyType, valueType)
                    .setStoreByValue(true)
                    .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(timeToLive)));
        } catch (CacheException e) {
            return manager.getCache(name, keyType, valueType); // created by another instance meanwhile
        }
    }

    /** The cached value, or the loaded one, stored unless null. A failing cache is passed by, never in the way. */
    public static <K, V> V cached(Cache<K, V> cache, K key, Supplier<V> load) {
        try {
            V cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cache " + cache.getName() + " unavailable; reading " + key
                    + " from the database", e);
            return load.get();
        }
        V loaded = load.get();
        if (loaded != null) {
            putQuietly(cache, key, loaded);
        }
        return loaded;
    }

    public static <K, V> void putQuietly(Cache<K, V> cache, K key, V value) {
        try {
            cache.put(key, value);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not store in cache " + cache.getName(), e);
        }
    }

    /** Runs {@code action} once the current transaction has committed (not at all when it rolls back). */
    public static void afterCommit(TransactionSynchronizationRegistry transactions, Runnable action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}
