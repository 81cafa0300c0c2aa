package shop.agora.core.accounts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a person types to get an account: a customer registering in the storefront, or an admin creating a
 * merchant's user. The password rule follows NIST SP 800-63B: long enough, no composition rules.
 */
public record NewAccount(
        @NotBlank(message = "Please enter your email address.")
        @Email(message = "Please enter a valid email address.")
        @Size(max = 254, message = "An email address has at most 254 characters.")
        String email,
        @NotBlank(message = "Please choose a password.")
        @Size(min = 10, max = 128, message = "A password needs 10 to 128 characters.")
        String password,
        @NotBlank(message = "Please enter your name.")
        @Size(max = 100, message = "A name has at most 100 characters.")
        String displayName) {

    @Override
    public String toString() {
        return "NewAccount[email=" + email + ", displayName=" + displayName + "]";
    }
}
