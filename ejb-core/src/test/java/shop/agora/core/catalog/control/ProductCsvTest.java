package shop.agora.core.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.ImportReport.LineError;
import shop.agora.core.catalog.entity.ProductStatus;

class ProductCsvTest {

    private static final String HEADER = String.join(",", ProductCsv.HEADER) + "\n";
    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
    private final Map<String, Long> categories = Map.of("laptops", 7L, "phones", 8L);

    @Test
    void linesWithTheSameHandleAreOneProductWithVariants() {
        ProductCsv.Parsed parsed = ProductCsv.parse(HEADER
                + "nimbus-air,Nimbus Air 14,Light laptop,Nimbus,999.00,EUR,active,laptops|phones,NIM-1,16 GB,,1400\n"
                + "nimbus-air,,,,,,,,NIM-2,32 GB,1199.00,1450\n", categories, validator);

        assertEquals(java.util.List.of(), parsed.errors());
        assertEquals(1, parsed.items().size());
        ProductCsv.Item item = parsed.items().get(0);
        assertEquals(ProductStatus.ACTIVE, item.status());
        assertEquals(java.util.List.of(7L, 8L), item.form().categoryIds());
        assertEquals(2, item.form().variants().size());
        assertEquals(new BigDecimal("1199.00"), item.form().variants().get(1).priceOverride());
        assertEquals(java.util.List.of(2, 3), item.variantLines());
    }

    @Test
    void everyBadLineIsReportedWithItsNumberAndReason() {
        ProductCsv.Parsed parsed = ProductCsv.parse(HEADER
                + "good-one,Good,,,10.00,EUR,draft,laptops,G-1,Standard,,100\n"
                + "bad-price,Bad price,,,abc,EUR,draft,laptops,B-1,Standard,,100\n"
                + "Bad Handle,Bad handle,,,10,EUR,draft,laptops,B-2,Standard,,100\n"
                + "no-category,No category,,,10,EUR,active,gadgets,B-3,Standard,,100\n"
                + "bad-weight,Bad weight,,,10,EUR,draft,laptops,B-4,Standard,,heavy\n"
                + "dup,Duplicate sku,,,10,EUR,draft,laptops,G-1,Standard,,100\n"
                + "short,Too few columns\n", categories, validator);

        var lines = parsed.errors().stream().map(LineError::line).toList();
        assertEquals(java.util.List.of(3, 4, 5, 5, 6, 7, 8), lines, parsed.errors().toString());
        assertTrue(parsed.errors().get(0).message().contains("\"abc\" is not a number"));
        assertTrue(parsed.errors().get(1).message().contains("handle"));
        assertTrue(parsed.errors().get(2).message().contains("no category \"gadgets\""));
        assertTrue(parsed.errors().get(4).message().contains("whole number of grams"));
        assertTrue(parsed.errors().get(5).message().contains("more than once"));
        assertTrue(parsed.errors().get(6).message().contains("Expected 12 columns"));
    }

    @Test
    void aWrongHeaderIsRefusedAtLineOne() {
        ProductCsv.Parsed parsed = ProductCsv.parse("name,price\nx,1\n", categories, validator);
        assertEquals(1, parsed.errors().size());
        assertEquals(1, parsed.errors().get(0).line());
    }

    @Test
    void beanValidationFindingsPointAtTheVariantsLine() {
        ProductCsv.Parsed parsed = ProductCsv.parse(HEADER
                + "p,,,,10,EUR,draft,laptops,OK-1,Standard,,100\n"
                + "p,,,,,,,,bad code!,Big,,100\n", categories, validator);
        assertEquals(2, parsed.errors().size(), parsed.errors().toString());
        assertEquals(2, parsed.errors().get(0).line());
        assertTrue(parsed.errors().get(0).message().contains("name"));
        assertEquals(3, parsed.errors().get(1).line());
        assertTrue(parsed.errors().get(1).message().contains("SKU code"));
    }

    @Test
    void aDraftWithoutVariantsIsOneLineWithoutSkuColumns() {
        ProductCsv.Parsed parsed = ProductCsv.parse(HEADER + "idea,An idea,,,5.00,EUR,draft,,,,,\n", categories,
                validator);
        assertEquals(java.util.List.of(), parsed.errors());
        assertEquals(0, parsed.items().get(0).form().variants().size());
    }
}
