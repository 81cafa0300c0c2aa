package shop.agora.it.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryNode;
import shop.agora.core.catalog.Facets;
import shop.agora.core.catalog.ProductCard;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SearchResult;
import shop.agora.core.catalog.SortOrder;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.inventory.ProductStock;
import shop.agora.core.shared.DomainException;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsHarbor;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.support.Await;
import shop.agora.it.support.Deployments;

/**
 * The catalog on the real server and database: ranking, misspellings, facet counts, merchant isolation, cache
 * invalidation and the category rules. Each test makes its own products, marked with a word no other product has.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(CatalogIT.class);
    }

    @EJB
    CatalogService catalog;

    @EJB
    AsNorthwind northwind;

    @EJB
    AsHarbor harbor;

    @EJB
    AsAdmin admin;

    @Test
    void anExactNameMatchRanksAboveABrandAndADescriptionMatch() {
        String word = marker();
        long inDescription = publish(northwind, form("Trail Lantern", "Bright, and the " + word + " of lanterns.",
                "Basecamp", "20.00", "camping"));
        long inBrand = publish(northwind, form("Camp Stove", "Boils water fast.", word, "30.00", "camping"));
        long inName = publish(northwind, form(word, "A lamp.", "Basecamp", "25.00", "camping"));

        List<Long> ids = catalog.search(SearchRequest.forQuery(word)).items().stream().map(ProductCard::id).toList();

        assertEquals(List.of(inName, inBrand, inDescription), ids);
    }

    @Test
    void aMisspeltQueryFindsWhatWasMeant() {
        String word = "quokka" + marker().substring(0, 4) + "phone";
        publish(harbor, form(word + " Deluxe", "A phone.", "Orbit", "299.00", "phones"));
        String typo = word.substring(0, word.length() - 2) + "eno"; // ...phone -> ...pheno

        SearchResult result = catalog.search(SearchRequest.forQuery(typo));

        assertFalse(result.isEmpty(), "found despite the typo");
        assertEquals(word + " Deluxe", result.items().get(0).name(), "the closest name first");
        assertEquals(word, result.correctedQuery());
    }

    @Test
    void wordsThatNoProductHasTogetherFindNothingAndAreNotCorrected() {
        String first = marker();
        String second = marker();
        publish(northwind, form(first + " Lamp", "", "Alder", "20.00", "bags"));
        publish(northwind, form(second + " Chair", "", "Alder", "90.00", "bags"));

        SearchResult both = catalog.search(SearchRequest.forQuery(first + " " + second));
        SearchResult either = catalog.search(SearchRequest.forQuery(first + " or " + second));

        assertTrue(both.isEmpty(), "both words are catalog words, so there is nothing to correct");
        assertNull(both.correctedQuery());
        assertEquals(2, either.total(), "the search for any of the words, which the empty page links to");
    }

    @Test
    void aMovedCategoryTakesItsProductsAlongInSearchAndFacets() {
        String word = marker();
        long moved = admin.categories(c -> c.create(categoryId("electronics"), "Moved " + word));
        String slug = catalog.categoryTree().stream().flatMap(CatalogIT::flatten).filter(n -> n.id() == moved)
                .findFirst().orElseThrow().slug();
        publish(northwind, form(word + " Gadget", "", "Alder", "20.00", slug));
        assertEquals(Map.of("electronics", 1L), categories(catalog.search(SearchRequest.forQuery(word)).facets()));

        admin.categories(c -> {
            c.move(moved, categoryId("fashion"));
            return null;
        });

        assertEquals(Map.of("fashion", 1L), categories(catalog.search(SearchRequest.forQuery(word)).facets()));
        assertEquals(1, catalog.search(SearchRequest.forQuery(word).withCategory("fashion")).total());
        assertEquals(0, catalog.search(SearchRequest.forQuery(word).withCategory("electronics")).total());
        assertEquals(1, catalog.search(SearchRequest.forQuery(word).withCategory(slug)).total());
    }

    @Test
    void facetsCountTheResultsOfTheOtherFilters() {
        String word = marker();
        long one = publish(northwind, form(word + " one", "", "Alpha", "10.00", "laptops"));
        long two = publish(northwind, form(word + " two", "", "Alpha", "30.00", "laptops"));
        publish(northwind, form(word + " three", "", "Alpha", "60.00", "laptops"));
        long four = publish(harbor, form(word + " four", "", "Beta", "120.00", "phones"));
        publish(harbor, form(word + " five", "", "Beta", "600.00", "phones"));
        // three of the five get stock; "Inventory Updated" sets their flag in the catalog
        northwind.stock(m -> stockUp(m, one));
        northwind.stock(m -> stockUp(m, two));
        harbor.stock(m -> stockUp(m, four));
        Await.until("the catalog to see the new stock", Duration.ofSeconds(20),
                () -> catalog.search(SearchRequest.forQuery(word)).facets().inStock(), count -> count == 3);

        SearchResult all = catalog.search(SearchRequest.forQuery(word));
        assertEquals(5, all.total());
        assertEquals(Map.of("electronics", 5L), categories(all.facets()));
        assertEquals(Map.of("0-25", 1L, "25-50", 1L, "50-100", 1L, "100-250", 1L, "500-", 1L), prices(all.facets()));
        assertEquals(Map.of("Alpha", 3L, "Beta", 2L), brands(all.facets()));
        assertEquals(2, all.facets().merchants().size());
        assertEquals(3, all.facets().inStock());
        assertEquals(2, all.facets().outOfStock());
        SearchResult available = catalog.search(SearchRequest.forQuery(word).withInStockOnly(true));
        assertEquals(java.util.Set.of(word + " one", word + " two", word + " four"),
                available.items().stream().map(ProductCard::name).collect(Collectors.toSet()), "the in-stock filter");
        assertEquals(Map.of("Alpha", 2L, "Beta", 1L), brands(available.facets()));

        SearchResult alpha = catalog.search(SearchRequest.forQuery(word).withBrands(List.of("Alpha")));
        assertEquals(3, alpha.total());
        assertEquals(Map.of("Alpha", 3L, "Beta", 2L), brands(alpha.facets()), "a dimension ignores its own filter");
        assertEquals(Map.of("0-25", 1L, "25-50", 1L, "50-100", 1L), prices(alpha.facets()));

        SearchResult electronics = catalog.search(SearchRequest.forQuery(word).withCategory("electronics"));
        assertEquals(5, electronics.total(), "a category includes its subcategories");
        assertEquals(3L, categories(electronics.facets()).get("laptops"));
        assertEquals(2L, categories(electronics.facets()).get("phones"));

        SearchResult cheapPhones = catalog.search(SearchRequest.forQuery(word).withCategory("phones")
                .withPriceRange("100-250"));
        assertEquals(1, cheapPhones.total());
        assertEquals(word + " four", cheapPhones.items().get(0).name());

        SearchResult byPrice = catalog.search(SearchRequest.forQuery(word).withSort(SortOrder.PRICE_DESC));
        assertEquals(List.of("600.00", "120.00", "60.00", "30.00", "10.00"),
                byPrice.items().stream().map(c -> c.price().amount().toPlainString()).toList());
    }

    @Test
    void aMerchantCannotSeeOrChangeAnotherMerchantsProduct() {
        String word = marker();
        long product = northwind.products(p -> p.create(form(word, "Northwind's own.", "Alder", "40.00", "bags")));
        long version = northwind.products(p -> p.product(product).version());

        assertRefused("no such product in your shop", () -> harbor.products(p -> p.product(product)));
        assertRefused("no such product in your shop", () -> harbor.products(p -> {
            p.update(product, version, form("Taken over", "", "Harbor", "1.00", "bags"));
            return null;
        }));
        assertRefused("no such product in your shop", () -> harbor.products(p -> {
            p.publish(product);
            return null;
        }));
        assertRefused("no such product in your shop", () -> harbor.products(p -> p.addImage(product, "x.png", PNG)));
        assertFalse(harbor.products(p -> p.exportCsv()).contains(word));

        assertEquals(word, northwind.products(p -> p.product(product).form().name()), "unchanged");
        assertEquals(version, (long) northwind.products(p -> p.product(product).version()));
    }

    @Test
    void aChangedProductIsNotServedStaleFromTheCache() {
        String word = marker();
        long product = publish(northwind, form(word + " Original", "", "Alder", "40.00", "bags"));
        String slug = northwind.products(p -> p.product(product).slug());
        assertEquals(word + " Original", catalog.product(slug).orElseThrow().name()); // now cached

        long version = northwind.products(p -> p.product(product).version());
        northwind.products(p -> {
            p.update(product, version, form(word + " Renamed", "", "Alder", "45.00", "bags"));
            return null;
        });

        assertEquals(word + " Renamed", catalog.product(slug).orElseThrow().name());
        assertEquals(new BigDecimal("45.00"), catalog.product(slug).orElseThrow().price().amount());
        northwind.products(p -> {
            p.archive(product);
            return null;
        });
        assertTrue(catalog.product(slug).isEmpty(), "an archived product is no longer shown");
    }

    @Test
    void aCategoryWithProductsCannotBeDeletedAndAnEmptyOneCan() {
        long bags = categoryId("bags");
        assertRefused("still has", () -> admin.categories(c -> {
            c.delete(bags);
            return null;
        }));

        String name = "Empty " + marker();
        long empty = admin.categories(c -> c.create(bags, name));
        admin.categories(c -> {
            c.delete(empty);
            return null;
        });
        assertTrue(catalog.categoryTree().stream().flatMap(CatalogIT::flatten).noneMatch(n -> n.id() == empty));
    }

    /**
     * The service said no with a business message. (Thrown through a test bean of another module, the business
     * exception arrives wrapped in an EJBException.)
     */
    private static void assertRefused(String message, org.junit.jupiter.api.function.Executable call) {
        Throwable thrown = assertThrows(Exception.class, call);
        Throwable cause = thrown instanceof jakarta.ejb.EJBException && thrown.getCause() != null
                ? thrown.getCause() : thrown;
        assertTrue(cause instanceof DomainException, "a business refusal, not " + thrown);
        assertTrue(cause.getMessage().contains(message), cause.getMessage());
    }

    /** Five units of each of the product's variants in the first warehouse, as the merchant's opening stock. */
    private static Void stockUp(MerchantStock stock, long productId) {
        ProductStock product = stock.product(productId);
        for (ProductStock.VariantStock variant : product.variants()) {
            stock.adjust(variant.skuId(), product.warehouses().get(0).id(), 5, "Opening stock", null, 0);
        }
        return null;
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    private long publish(Object merchant, ProductForm form) {
        java.util.function.Function<ProductManagement, Long> createAndPublish = p -> {
            long id = p.create(form);
            p.publish(id);
            return id;
        };
        return merchant instanceof AsNorthwind n ? n.products(createAndPublish)
                : ((AsHarbor) merchant).products(createAndPublish);
    }

    private ProductForm form(String name, String description, String brand, String price, String categorySlug) {
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 12).toUpperCase();
        return new ProductForm(name, description, brand, new BigDecimal(price), "EUR",
                List.of(categoryId(categorySlug)), List.of(new ProductForm.AttributeForm("Origin", "Test")),
                List.of(new ProductForm.VariantForm(code, "Standard", null, 500)));
    }

    private long categoryId(String slug) {
        return catalog.categoryTree().stream().flatMap(CatalogIT::flatten).filter(n -> n.slug().equals(slug))
                .findFirst().orElseThrow(() -> new AssertionError("no demo category " + slug)).id();
    }

    private static java.util.stream.Stream<CategoryNode> flatten(CategoryNode node) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(node),
                node.children().stream().flatMap(CatalogIT::flatten));
    }

    /** A word that no other product has: letters only, so the search treats it as one word. */
    private static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }

    private static Map<String, Long> categories(Facets facets) {
        assertNotNull(facets);
        return facets.categories().stream().collect(Collectors.toMap(Facets.CategoryCount::slug,
                Facets.CategoryCount::count));
    }

    private static Map<String, Long> prices(Facets facets) {
        return facets.prices().stream().filter(p -> p.count() > 0)
                .collect(Collectors.toMap(Facets.PriceCount::key, Facets.PriceCount::count));
    }

    private static Map<String, Long> brands(Facets facets) {
        return facets.brands().stream().collect(Collectors.toMap(Facets.ValueCount::value, Facets.ValueCount::count));
    }
}
