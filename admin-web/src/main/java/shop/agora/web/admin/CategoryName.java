package shop.agora.web.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A category's name as typed in the create and rename forms, checked before it goes to {@code CategoryAdmin}, which
 * has the same constraints on its parameters: a violation there would reach the page as a server error instead of a
 * message next to the input.
 */
public record CategoryName(
        @NotBlank(message = "Please enter the category's name.")
        @Size(max = 100, message = "A category name has at most 100 characters.")
        String name) {

    public CategoryName {
        name = name == null ? null : name.strip();
    }
}
