package shop.agora.it.support;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryNode;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.it.identity.AsSystem;

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

    /**
     * A new published product of the merchant behind {@code merchant} (an identity's {@code products(...)} call) with
     * one SKU, "Standard", and this many units in the first warehouse; returns the SKU's id.
     */
    public static long stockedSku(CatalogService catalog, Function<Function<ProductManagement, Long>, Long> merchant,
            AsSystem system, Db db, String name, String price, int units) {
        ProductForm form = form(catalog, name + " " + UUID.randomUUID().toString().substring(0, 8), price,
                "Standard");
        long product = merchant.apply(p -> createAndPublish(p, form));
        long sku = db.number("select id from sku where product_id = ?", product);
        long warehouse = db.number("select min(id) from warehouse where ? = 1", 1);
        system.stock(s -> {
            s.receive(sku, warehouse, units, "opening stock");
            return null;
        });
        return sku;
    }

    public static Stream<CategoryNode> flatten(CategoryNode node) {
        return Stream.concat(Stream.of(node), node.children().stream().flatMap(TestProducts::flatten));
    }
}
