package shop.agora.core.order;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What the customer enters at checkout. A signed-in customer's email is the account's; a guest gives one (for the
 * confirmation and for tracking the order). {@code useBalance}: a signed-in customer pays with their store credit and
 * wallet as far as they go (how much is the server's to work out); a guest has no balance.
 */
public record CheckoutForm(
        @Email(message = "Please enter a valid email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email,
        @NotBlank(message = "Please enter the name of the recipient.")
        @Size(max = 120, message = "A name has at most 120 characters.")
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
        @NotBlank(message = "Please choose the country.")
        @Pattern(regexp = "[A-Za-z]{2}", message = "Please choose the country.")
        String country,
        @Size(max = 40, message = "A phone number has at most 40 characters.")
        @Pattern(regexp = "[0-9 +()./-]*", message = "A phone number has digits, spaces and + ( ) - . / only.")
        String phone,
        @NotBlank(message = "Please choose a shipping method.")
        String shippingMethod,
        boolean saveAddress,
        boolean useBalance) implements Serializable {

    /** A checkout paid by card alone. */
    public CheckoutForm(String email, String name, String street, String postalCode, String city, String country,
            String phone, String shippingMethod, boolean saveAddress) {
        this(email, name, street, postalCode, city, country, phone, shippingMethod, saveAddress, false);
    }
}
