package shop.agora.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.control.Slugs;

class DemoCatalogTest {

    @Test
    void theSameSeedGivesTheSameCatalogWithUniqueSlugsAndSkuCodes() {
        List<DemoCatalog.Product> first = new ArrayList<>();
        List<DemoCatalog.Product> second = new ArrayList<>();
        DemoCatalog.generate(3_000, 7, first::add);
        DemoCatalog.generate(3_000, 7, second::add);

        assertEquals(first.stream().map(DemoCatalog.Product::slug).toList(),
                second.stream().map(DemoCatalog.Product::slug).toList());
        Set<String> slugs = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (DemoCatalog.Product product : first) {
            assertTrue(slugs.add(product.slug()), product.slug());
            assertTrue(Slugs.isSlug(product.slug()), product.slug());
            assertTrue(product.price().signum() > 0);
            assertTrue(!product.variants().isEmpty());
            product.variants().forEach(v -> assertTrue(codes.add(v.code()), v.code()));
        }
    }

    @Test
    void everyDepartmentHasAShop() {
        DemoCatalog.DEPARTMENTS.forEach(d -> assertTrue(DemoCatalog.shopFor(d.name()) != null));
    }
}
