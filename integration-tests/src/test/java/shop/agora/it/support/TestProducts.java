package shop.agora.it.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryNode;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.catalog.ProductManagement;

/** Products that one test makes for itself (so the demo data does not matter), published by a merchant. */
public final class TestProducts {

    private TestProducts() {
    }

    /** A form for a product with one variant per label, in the first leaf category, with unique SKU codes. */
    public static ProductForm form(CatalogService catalog, String name, String price, String... labels) {
        List<ProductForm.VariantForm> variants = new ArrayList<>();
        for (String label : labels) {
            variants.add(new ProductForm.VariantForm("IT-" + UUID.randomUUID().toString().substring(0, 12)
                    .toUpperCase(), label, null, 1500));
        }
        long category = catalog.categoryTree().stream().flatMap(TestProducts::flatten)
                .filter(n -> n.children().isEmpty()).findFirst().orElseThrow().id();
        return new ProductForm(name, "Made by a test", "Testbrand", new BigDecimal(price), "EUR", List.of(category),
                List.of(), variants);
    }

    /** Creates and publishes the product; for a merchant identity's {@code products(...)} call. */
    public static long createAndPublish(ProductManagement products, ProductForm form) {
        long id = products.create(form);
        products.publish(id);
        return id;
    }

    public static Stream<CategoryNode> flatten(CategoryNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(TestProducts::flatten));
    }
}
