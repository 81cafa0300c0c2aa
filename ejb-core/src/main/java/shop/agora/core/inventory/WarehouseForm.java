package shop.agora.core.inventory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin enters for a warehouse. The code cannot change once stock refers to it. */
public record WarehouseForm(
        @NotBlank(message = "Please enter a short code, for example AMS-1.")
        @Size(max = 20, message = "A warehouse code has at most 20 characters.")
        @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "A warehouse code uses letters, digits and dashes.")
        String code,
        @NotBlank(message = "Please enter the warehouse's name.")
        @Size(max = 100, message = "A name has at most 100 characters.")
        String name,
        @NotBlank(message = "Please enter the street and number.")
        @Size(max = 200, message = "A street has at most 200 characters.")
        String street,
        @NotBlank(message = "Please enter the postal code.")
        @Size(max = 20, message = "A postal code has at most 20 characters.")
        String postalCode,
        @NotBlank(message = "Please enter the city.")
        @Size(max = 100, message = "A city has at most 100 characters.")
        String city,
        @NotBlank(message = "Please enter the country.")
        @Pattern(regexp = "[A-Za-z]{2}", message = "A country is a two-letter code such as NL or DE.")
        String country) {
}
