package shop.agora.core.catalog.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.expiry.Duration;
import shop.agora.core.catalog.CategoryLink;
import shop.agora.core.catalog.CategoryPage;
import shop.agora.core.catalog.ProductDetail;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SearchResult;
import shop.agora.core.platform.NearCache;
import shop.agora.core.platform.SharedCaches;

/**
 * The hot reads of the storefront (product pages, category listings and searches) in the server's JCache
 * (Hazelcast in Payara, shared by all instances of a cluster). A merchant's change to a product removes that
 * product's page and every cached listing and search. Entries also expire (pages and listings after ten minutes,
 * searches after two), so a missed invalidation cannot last. When the cache fails, pages are read from the
 * database. Product pages, read for every product page shown, also have a copy in this server's memory for two
 * seconds (a read from the shared cache deserialises them); a change on another server of a cluster shows within
 * those two seconds.
 */
@ApplicationScoped
public class CatalogCache {

    private static final Logger LOG = Logger.getLogger(CatalogCache.class.getName());
    private static final Duration TIME_TO_LIVE = new Duration(java.util.concurrent.TimeUnit.MINUTES, 10);
    /** Searches are many and varied: kept briefly, for the popular ones asked again and again. */
    private static final Duration SEARCH_TIME_TO_LIVE = new Duration(java.util.concurrent.TimeUnit.MINUTES, 2);

    @Inject
    CacheManager cacheManager;

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    private Cache<String, ProductDetail> products;
    private final NearCache<String, ProductDetail> productCopies = new NearCache<>(2_000, 1_000);
    private Cache<SearchRequest, SearchResult> listings;
    private Cache<SearchRequest, SearchResult> searches;
    private Cache<String, CategoryPage> categories;
    private Cache<ProductSearch.CountsKey, ProductSearch.Counts> counts;
    private Cache<Integer, PopularCategories> popular;

    /** The categories with the most active products, most first. */
    public record PopularCategories(List<CategoryLink> categories) implements java.io.Serializable {

        public PopularCategories {
            categories = List.copyOf(categories);
        }
    }

    @PostConstruct
    void open() {
        products = cache("agora-catalog-products", String.class, ProductDetail.class, TIME_TO_LIVE);
        listings = cache("agora-catalog-listings", SearchRequest.class, SearchResult.class, TIME_TO_LIVE);
        categories = cache("agora-catalog-categories", String.class, CategoryPage.class, TIME_TO_LIVE);
        counts = cache("agora-catalog-counts", ProductSearch.CountsKey.class, ProductSearch.Counts.class,
                TIME_TO_LIVE);
        searches = cache("agora-catalog-searches", SearchRequest.class, SearchResult.class, SEARCH_TIME_TO_LIVE);
        popular = cache("agora-catalog-popular", Integer.class, PopularCategories.class, TIME_TO_LIVE);
    }

    /**
     * The most popular categories (counting every active product, a scan of the catalog), kept for ten minutes or
     * until the category tree changes: popularity moves slowly.
     */
    public List<CategoryLink> popularCategories(int limit, Supplier<List<CategoryLink>> load) {
        return SharedCaches.cached(popular, limit, () -> new PopularCategories(load.get())).categories();
    }

    public Optional<ProductDetail> product(String slug, Supplier<Optional<ProductDetail>> load) {
        return Optional.ofNullable(productCopies.get(slug,
                () -> SharedCaches.cached(products, slug, () -> load.get().orElse(null))));
    }

    /** A category's name, breadcrumbs and subcategories; forgotten when the category tree changes. */
    public Optional<CategoryPage> categoryPage(String slug, Supplier<Optional<CategoryPage>> load) {
        return Optional.ofNullable(SharedCaches.cached(categories, slug, () -> load.get().orElse(null)));
    }

    /**
     * The total and facet counts of a search or listing. They do not depend on the order or the page, so every
     * page and order of the same results shares them.
     */
    public Optional<ProductSearch.Counts> knownCounts(ProductSearch.CountsKey key) {
        try {
            return Optional.ofNullable(counts.get(key));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Catalog cache unavailable; counting from the database", e);
            return Optional.empty();
        }
    }

    public void rememberCounts(ProductSearch.CountsKey key, ProductSearch.Counts value) {
        SharedCaches.putQuietly(counts, key, value);
    }

    public SearchResult listing(SearchRequest request, Supplier<SearchResult> load) {
        return SharedCaches.cached(request.hasQuery() ? searches : listings, request, load);
    }

    /**
     * Forgets the given products' pages and all listings once the current transaction has committed, so that no
     * reader can put the old state back in between.
     */
    public void productChangedAfterCommit(String... slugs) {
        SharedCaches.afterCommit(transactions, () -> productChanged(slugs));
    }

    public void clearAfterCommit() {
        SharedCaches.afterCommit(transactions, this::clear);
    }

    /** Forgets the pages of the given product slugs and all listings. */
    public void productChanged(String... slugs) {
        try {
            for (String slug : slugs) {
                if (slug != null) {
                    products.remove(slug);
                }
            }
            listings.clear();
            searches.clear();
            counts.clear();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not invalidate the catalog cache; entries expire within "
                    + TIME_TO_LIVE.getDurationAmount() + " minutes", e);
        }
        for (String slug : slugs) {
            if (slug != null) {
                productCopies.forget(slug);
            }
        }
    }

    /** Forgets everything, for changes that touch many products (imports, category moves). */
    public void clear() {
        try {
            products.clear();
            listings.clear();
            searches.clear();
            categories.clear();
            counts.clear();
            popular.clear();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not clear the catalog cache", e);
        }
        productCopies.clear();
    }

    private <K, V> Cache<K, V> cache(String name, Class<K> keyType, Class<V> valueType, Duration timeToLive) {
        return SharedCaches.open(cacheManager, name, keyType, valueType, timeToLive);
    }
}
