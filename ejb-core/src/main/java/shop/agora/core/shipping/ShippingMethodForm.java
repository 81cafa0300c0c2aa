package shop.agora.core.shipping;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What an admin enters for a shipping method: its name, delivery time, free-shipping threshold and weight bands. */
public record ShippingMethodForm(
        @NotBlank(message = "Please enter the method's name.")
        @Size(max = 100, message = "A name has at most 100 characters.")
        String name,
        @NotBlank(message = "Please enter the delivery time, for example 1-2.")
        @Size(max = 20, message = "A delivery time has at most 20 characters.")
        String deliveryDays,
        @DecimalMin(value = "0.00", message = "A threshold cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "A threshold has at most 2 decimals.")
        BigDecimal freeOver,
        @NotEmpty(message = "A method needs at least one weight band.")
        @Size(max = 20, message = "A method has at most 20 weight bands.")
        @Valid
        List<Band> bands) {

    public record Band(
            @NotNull(message = "Please enter the weight limit in grams.")
            @Min(value = 1, message = "A weight limit is at least 1 gram.")
            @Max(value = 1_000_000, message = "A weight limit is at most 1,000,000 grams.")
            Integer upToGrams,
            @NotNull(message = "Please enter the price.")
            @DecimalMin(value = "0.00", message = "A price cannot be negative.")
            @Digits(integer = 10, fraction = 2, message = "A price has at most 2 decimals.")
            BigDecimal price) {
    }
}
