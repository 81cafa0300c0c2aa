package shop.agora.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.agora.core.shared.Money;

/** What the catalog cache stores must survive Java serialisation (Hazelcast stores it by value). */
class CachedValuesTest {

    @Test
    void aSearchResultBuiltFromSublistsSerialises() throws Exception {
        List<Facets.ValueCount> brands = new ArrayList<>(List.of(new Facets.ValueCount("Alder", 3),
                new Facets.ValueCount("Beta", 2), new Facets.ValueCount("Gamma", 1)));
        List<ProductCard> cards = new ArrayList<>(List.of(new ProductCard(1, "lamp", "Lamp", "Alder",
                Money.of("9.90", "EUR"), 2, "Shop", null, true)));
        SearchResult result = new SearchResult(SearchRequest.forQuery("lamp"), cards.subList(0, 1), 1,
                new Facets(List.of(), List.of(), brands.subList(0, 2), List.of(), 1, 0), null);

        SearchResult copy = roundTrip(result);

        assertEquals(result, copy);
        assertEquals(2, copy.facets().brands().size());
    }

    @Test
    void aProductDetailSerialises() throws Exception {
        ProductDetail detail = new ProductDetail(1, "lamp", "Lamp", "Bright.", "Alder", Money.of("9.90", "EUR"), 2,
                "Shop", new ArrayList<>(List.of(5L, 6L)).subList(0, 1), List.of(), List.of(), List.of(), true);
        assertEquals(detail, roundTrip(detail));
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
