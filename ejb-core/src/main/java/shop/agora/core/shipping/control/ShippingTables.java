package shop.agora.core.shipping.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.expiry.Duration;
import shop.agora.core.platform.NearCache;
import shop.agora.core.platform.SharedCaches;
import shop.agora.core.shipping.RateTable;

/**
 * The shipping rate table and the tax rates as checkout reads them on every quote (the checkout page, and again when
 * the order is placed), kept in the server's JCache (shared by the instances of a cluster) instead of three queries a
 * quote, with a copy in this server's memory for two seconds (a read from the shared cache deserialises them). An
 * admin's change forgets them once it has committed (another server of a cluster sees it within the two seconds);
 * they also expire after ten minutes, so that a change made around the application (by hand in the database) or a
 * missed invalidation cannot last longer.
 */
@ApplicationScoped
public class ShippingTables {

    private static final Logger LOG = Logger.getLogger(ShippingTables.class.getName());
    private static final Duration TIME_TO_LIVE = new Duration(TimeUnit.MINUTES, 10);
    private static final Integer KEY = 0;

    /** The zones in the order they are looked up (by id), and the tax rate of each country that has one. */
    public record Tables(List<Zone> zones, Map<String, BigDecimal> taxRates) implements Serializable {

        public Tables {
            zones = List.copyOf(zones);
            taxRates = Map.copyOf(taxRates);
        }

        /** The zone that lists the country, else the "*" zone (the rest of the world); empty when neither exists. */
        public Optional<Zone> zoneOf(String country) {
            return zones.stream().filter(z -> RateTable.covers(z.countries(), country)).findFirst()
                    .or(() -> zones.stream().filter(z -> RateTable.covers(z.countries(), "*")).findFirst());
        }
    }

    /** A zone: its countries ("NL", "AT,BE,...", or "*") and its methods in the order admins set. */
    public record Zone(long id, String countries, List<Method> methods) implements Serializable {

        public Zone {
            methods = List.copyOf(methods);
        }
    }

    public record Method(long id, String code, String name, String deliveryDays, BigDecimal freeOver,
            List<RateTable.Band> bands) implements Serializable {

        public Method {
            bands = List.copyOf(bands);
        }
    }

    @Inject
    CacheManager cacheManager;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private Cache<Integer, Tables> cache;
    private final NearCache<Integer, Tables> copy = new NearCache<>(2_000, 1);

    @PostConstruct
    void open() {
        cache = SharedCaches.open(cacheManager, "agora-shipping-tables", Integer.class, Tables.class, TIME_TO_LIVE);
    }

    /** The tables as cached, or as {@code load} reads them from the database. */
    public Tables tables(Supplier<Tables> load) {
        return copy.get(KEY, () -> SharedCaches.cached(cache, KEY, load));
    }

    /** Forgets the tables once the current transaction (an admin's change) has committed. */
    public void changedAfterCommit() {
        SharedCaches.afterCommit(transactions, () -> {
            try {
                cache.clear();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not forget the cached shipping tables; they expire within "
                        + TIME_TO_LIVE.getDurationAmount() + " minutes", e);
            }
            copy.clear();
        });
    }
}
