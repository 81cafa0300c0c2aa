package shop.agora.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.RefundPolicyForm;
import shop.agora.web.common.faces.FormValidation;

/** Where the form's messages go: next to the input they are about, or (the periods' order) on top of the page. */
class RefundsPageTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    @Test
    void eachFieldsMessageGoesNextToItsInput() {
        RefundPolicyForm form = new RefundPolicyForm(-1, new BigDecimal("-1.001"), 4000, 101, -5, null);

        Map<String, String> messages = new TreeMap<>();
        for (ConstraintViolation<RefundPolicyForm> violation : validator.validate(form)) {
            messages.merge(inputOf(violation), violation.getMessage(), (a, b) -> a + " | " + b);
        }

        assertEquals(Set.of("policy-instant-days", "policy-instant-limit", "policy-partial-days",
                "policy-premium-percent", "policy-standard-percent", "policy-credit-days"), messages.keySet());
        assertEquals("Enter the days of the store credit.", messages.get("policy-credit-days"));
        assertEquals("0 to 100 %.", messages.get("policy-premium-percent"));
    }

    @Test
    void periodsOutOfOrderAreAGlobalMessage() {
        RefundPolicyForm form = new RefundPolicyForm(30, new BigDecimal("100.00"), 7, 75, 50, 90);

        Set<ConstraintViolation<RefundPolicyForm>> violations = validator.validate(form);

        assertEquals(1, violations.size());
        ConstraintViolation<RefundPolicyForm> violation = violations.iterator().next();
        assertNull(inputOf(violation));
        assertEquals("The periods must grow: instant refund days <= partial refund days <= store credit days.",
                violation.getMessage());
    }

    private static String inputOf(ConstraintViolation<?> violation) {
        return FormValidation.clientId(violation.getPropertyPath(), null, RefundsPage.INPUT_IDS,
                RefundsPage.NOT_AN_INPUT);
    }
}
