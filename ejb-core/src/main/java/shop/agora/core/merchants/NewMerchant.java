package shop.agora.core.merchants;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin's form for a new shop on the platform. */
public record NewMerchant(
        @NotBlank(message = "Please enter the shop's name.")
        @Size(max = 120, message = "A shop name has at most 120 characters.")
        String name,
        @NotBlank(message = "Please enter a contact email address.")
        @Email(message = "Please enter a valid email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String contactEmail) {
}
