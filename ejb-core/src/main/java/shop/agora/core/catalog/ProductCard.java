package shop.agora.core.catalog;

import java.io.Serializable;
import shop.agora.core.shared.Money;

/** A product in a list of results: enough for a card with a picture, a name and a price. */
public record ProductCard(long id, String slug, String name, String brand, Money price, long merchantId,
        String merchantName, Long imageId, boolean inStock) implements Serializable {
}
