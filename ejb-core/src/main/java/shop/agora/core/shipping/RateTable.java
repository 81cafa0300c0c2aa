package shop.agora.core.shipping;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A shipping method's prices by weight: the first band whose limit holds the parcel's weight sets the price; a
 * parcel heavier than the last band cannot go by this method. From the free-shipping threshold on (items' subtotal),
 * shipping is free. Pure arithmetic.
 */
public record RateTable(List<Band> bands, BigDecimal freeOver) {

    /** Up to {@code upToGrams} (inclusive) costs {@code price}. */
    public record Band(int upToGrams, BigDecimal price) implements Serializable {
    }

    public RateTable {
        bands = bands.stream().sorted(Comparator.comparingInt(Band::upToGrams)).toList();
    }

    /** The price for a parcel of this weight with items worth {@code subtotal}, or empty when it is too heavy. */
    public Optional<BigDecimal> price(int weightGrams, BigDecimal subtotal) {
        Optional<BigDecimal> band = bands.stream().filter(b -> weightGrams <= b.upToGrams()).findFirst()
                .map(Band::price);
        if (band.isPresent() && freeOver != null && subtotal.compareTo(freeOver) >= 0) {
            return Optional.of(BigDecimal.ZERO.setScale(2));
        }
        return band;
    }

    /** Whether a zone's country list ("NL", "AT,BE,...", or "*" for everywhere else) names this country. */
    public static boolean covers(String countries, String country) {
        for (String code : countries.split(",")) {
            if (code.strip().equalsIgnoreCase(country)) {
                return true;
            }
        }
        return false;
    }
}
