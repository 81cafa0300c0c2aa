package shop.agora.core.shipping;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** What an admin enters for a country's tax rate. */
public record TaxRateForm(
        @NotBlank(message = "Please enter the country.")
        @Pattern(regexp = "[A-Za-z]{2}", message = "A country is a two-letter code such as NL or DE.")
        String country,
        @NotBlank(message = "Please enter a name, for example VAT 21%.")
        @Size(max = 100, message = "A name has at most 100 characters.")
        String name,
        @NotNull(message = "Please enter the rate in percent.")
        @DecimalMin(value = "0.00", message = "A rate cannot be negative.")
        @DecimalMax(value = "99.99", message = "A rate is below 100%.")
        @Digits(integer = 3, fraction = 2, message = "A rate has at most 2 decimals, for example 21 or 5.5.")
        BigDecimal percent) {
}
