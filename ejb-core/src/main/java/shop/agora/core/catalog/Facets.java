package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * Counts that let a customer narrow the results. Each dimension counts the results of all the other filters, so
 * choosing one brand still shows how many products the other brands have.
 */
public record Facets(List<CategoryCount> categories, List<PriceCount> prices, List<ValueCount> brands,
        List<MerchantCount> merchants, long inStock, long outOfStock) implements Serializable {

    /** Lists are copied: the cache serialises facets, and some lists (views, sublists) cannot be. */
    public Facets {
        categories = List.copyOf(categories);
        prices = List.copyOf(prices);
        brands = List.copyOf(brands);
        merchants = List.copyOf(merchants);
    }

    /** A category with the number of results in it or below it. */
    public record CategoryCount(long id, String slug, String name, long count) implements Serializable {
    }

    public record PriceCount(String key, String label, long count) implements Serializable {
    }

    public record ValueCount(String value, long count) implements Serializable {
    }

    public record MerchantCount(long id, String name, long count) implements Serializable {
    }

    public static Facets none() {
        return new Facets(List.of(), List.of(), List.of(), List.of(), 0, 0);
    }
}
