package shop.agora.web.merchant.products;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.agora.core.catalog.ProductForm;
import shop.agora.web.merchant.products.ProductFormState.VariantRow;
import shop.agora.web.common.faces.FormValidation;

/** The product form's rows become a ProductForm, and each violation finds the input of its row. */
class ProductFormStateTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void emptyRowsAreDroppedAndTextIsStripped() {
        ProductFormState state = ProductFormState.blank("Standard");
        state.setName("  Merino crew sweater ");
        state.setPrice(new BigDecimal("79.00"));
        state.addAttribute();
        state.addVariant();
        VariantRow first = state.getVariants().get(0);
        first.setCode(" MCS-S ");
        first.setWeightGrams(350);

        ProductForm form = state.toForm();

        assertEquals("Merino crew sweater", form.name());
        assertEquals("EUR", form.currency());
        assertTrue(form.attributes().isEmpty());
        assertEquals(1, form.variants().size());
        assertEquals("MCS-S", form.variants().get(0).code());
        assertEquals(1, state.getVariants().size(), "the empty row is gone from the page too");
        assertTrue(validator.validate(form).isEmpty(), () -> validator.validate(form).toString());
    }

    @Test
    void violationsOfRowsFindTheInputOfTheirRow() {
        ProductFormState state = ProductFormState.blank("Standard");
        state.setName(" ");
        state.setPrice(new BigDecimal("10"));
        state.addVariant();
        state.getVariants().get(0).setCode("A-1");
        state.getVariants().get(0).setWeightGrams(100);
        state.getVariants().get(1).setCode("bad code!");
        state.getVariants().get(1).setLabel("Large");

        Map<String, String> clientIds = clientIds(state.toForm());

        assertEquals(Map.of("product:name", "Please enter the product's name.",
                "product:variants:1:code", "A SKU code uses letters, digits, dots, dashes and underscores.",
                "product:variants:1:weightGrams", "Each variant needs a shipping weight."), clientIds);
    }

    @Test
    void aboutAWholeTableIsAboutNoInput() {
        ProductForm form = new ProductForm("Tote", null, null, BigDecimal.ONE, "EUR", List.of(), List.of(),
                Collections.nCopies(201, new ProductForm.VariantForm("T", "Standard", null, 1)));
        ConstraintViolation<ProductForm> tooMany = validator.validate(form).iterator().next();
        assertNull(FormValidation.clientId(tooMany.getPropertyPath(), "product", Map.of(),
                Set.of("attributes", "variants")));
    }

    @Test
    void inputIdsThatDifferFromPropertyNamesAreMapped() {
        ProductForm form = new ProductForm("Tote", null, null, BigDecimal.ONE, "EUR", null, List.of(), List.of());
        ConstraintViolation<ProductForm> missing = validator.validate(form).iterator().next();
        assertEquals("product:categories", FormValidation.clientId(missing.getPropertyPath(), "product",
                Map.of("categoryIds", "categories"), Set.of("attributes", "variants")));
    }

    private static Map<String, String> clientIds(ProductForm form) {
        Map<String, String> ids = new TreeMap<>();
        for (ConstraintViolation<ProductForm> violation : validator.validate(form)) {
            ids.put(FormValidation.clientId(violation.getPropertyPath(), "product", Map.of(),
                    Set.of("attributes", "variants")), violation.getMessage());
        }
        return ids;
    }
}
