package shop.agora.core.catalog;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The price bands of the price facet; the upper bound is exclusive, the last band is open. */
public enum PriceRange {
    UNDER_25("0-25", null, new BigDecimal("25")),
    FROM_25_TO_50("25-50", new BigDecimal("25"), new BigDecimal("50")),
    FROM_50_TO_100("50-100", new BigDecimal("50"), new BigDecimal("100")),
    FROM_100_TO_250("100-250", new BigDecimal("100"), new BigDecimal("250")),
    FROM_250_TO_500("250-500", new BigDecimal("250"), new BigDecimal("500")),
    FROM_500("500-", new BigDecimal("500"), null);

    /** Keys as they appear in URLs, in band order. */
    public static final List<String> KEY = Arrays.stream(values()).map(PriceRange::key).toList();

    private final String key;
    private final BigDecimal from;
    private final BigDecimal below;

    PriceRange(String key, BigDecimal from, BigDecimal below) {
        this.key = key;
        this.from = from;
        this.below = below;
    }

    public static PriceRange byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst().orElse(null);
    }

    public String key() {
        return key;
    }

    /** Inclusive lower bound, or null. */
    public BigDecimal from() {
        return from;
    }

    /** Exclusive upper bound, or null. */
    public BigDecimal below() {
        return below;
    }
}
