package shop.agora.web.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.CheckoutForm;
import shop.agora.web.common.faces.FormValidation;

class CheckoutPageTest {

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
    void everyProblemOfTheFormIsShownNextToItsInput() {
        CheckoutForm form = new CheckoutForm("not-an-email", " ", "", null, "", "N", "call me!", "", false);
        Set<String> inputs = validator.validate(form).stream()
                .map(v -> FormValidation.clientId(v.getPropertyPath(), null, CheckoutPage.INPUTS, Set.of()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("checkout-email", "checkout-name", "checkout-street", "checkout-postal", "checkout-city",
                "checkout-country", "checkout-phone", "checkout-shipping"), inputs);
    }

    @Test
    void aCompleteFormIsValid() {
        assertTrue(validator.validate(new CheckoutForm(null, "Robin Guest", "Damrak 1", "1012 LG", "Amsterdam", "NL",
                "+31 20 123 4567", "STANDARD", false)).isEmpty());
    }

    @Test
    void theCountriesOfferedHaveNames() {
        assertTrue(CheckoutPage.COUNTRIES.containsAll(Set.of("NL", "BE", "DE", "FR", "AT", "ES", "IT", "LU", "SE", "GB",
                "US")));
        ResourceBundle texts = ResourceBundle.getBundle("shop.agora.web.storefront.Texts", Locale.ENGLISH);
        for (String country : CheckoutPage.COUNTRIES) {
            assertTrue(texts.containsKey("country." + country), country);
        }
        assertEquals("Netherlands", texts.getString("country.NL"));
    }
}
