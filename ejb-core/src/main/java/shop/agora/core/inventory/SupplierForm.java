package shop.agora.core.inventory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an admin enters for a supplier. */
public record SupplierForm(
        @NotBlank(message = "Please enter the supplier's name.")
        @Size(max = 100, message = "A name has at most 100 characters.")
        String name,
        @NotBlank(message = "Please enter an email address for purchase orders.")
        @Email(message = "Please enter a valid email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email,
        @NotNull(message = "Please enter the lead time in days.")
        @Min(value = 0, message = "A lead time cannot be negative.")
        @Max(value = 365, message = "A lead time is at most 365 days.")
        Integer leadTimeDays) {
}
