package shop.agora.core.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What a merchant enters for a product, in the portal's form or one product of a CSV import. */
public record ProductForm(
        @NotBlank(message = "Please enter the product's name.")
        @Size(max = 200, message = "A product name has at most 200 characters.")
        String name,
        @Size(max = 10000, message = "A description has at most 10,000 characters.")
        String description,
        @Size(max = 100, message = "A brand has at most 100 characters.")
        String brand,
        @NotNull(message = "Please enter a price.")
        @DecimalMin(value = "0.00", message = "A price cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "A price has at most 10 digits and 2 decimals.")
        BigDecimal price,
        @NotBlank(message = "Please choose a currency.")
        @Pattern(regexp = "[A-Z]{3}", message = "A currency is a three-letter code such as EUR or USD.")
        String currency,
        @NotNull
        List<Long> categoryIds,
        @NotNull @Valid
        @Size(max = 50, message = "A product has at most 50 attributes.")
        List<AttributeForm> attributes,
        @NotNull @Valid
        @Size(max = 200, message = "A product has at most 200 variants.")
        List<VariantForm> variants) {

    /** One named fact about the product. */
    public record AttributeForm(
            @NotBlank(message = "An attribute needs a name.")
            @Size(max = 60, message = "An attribute name has at most 60 characters.")
            String name,
            @NotBlank(message = "An attribute needs a value.")
            @Size(max = 200, message = "An attribute value has at most 200 characters.")
            String value) {
    }

    /** One variant (SKU). */
    public record VariantForm(
            @NotBlank(message = "Each variant needs a SKU code.")
            @Size(max = 64, message = "A SKU code has at most 64 characters.")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                    message = "A SKU code uses letters, digits, dots, dashes and underscores.")
            String code,
            @NotBlank(message = "Each variant needs a label, for example \"M / blue\" or \"Standard\".")
            @Size(max = 100, message = "A variant label has at most 100 characters.")
            String label,
            @DecimalMin(value = "0.00", message = "A price cannot be negative.")
            @Digits(integer = 10, fraction = 2, message = "A price has at most 10 digits and 2 decimals.")
            BigDecimal priceOverride,
            @NotNull(message = "Each variant needs a shipping weight.")
            @Min(value = 0, message = "A weight cannot be negative.")
            @Max(value = 1_000_000, message = "A weight is at most 1,000,000 g.")
            Integer weightGrams) {
    }
}
