package shop.agora.web.storefront.order;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The orders this session found on the tracking page, each with the email that found it (the guest's proof, kept on
 * the server, never put in an address): the payment page and the tracking page opened again ask the services with
 * them, so a guest pays or looks again without typing them again. Keeps the last few.
 */
@SessionScoped
public class TrackedOrders implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int KEPT = 20;

    private final Map<String, String> emails = new LinkedHashMap<>();

    public synchronized void remember(String number, String email) {
        String key = key(number);
        emails.remove(key);
        emails.put(key, email);
        while (emails.size() > KEPT) {
            emails.remove(emails.keySet().iterator().next());
        }
    }

    /** The email this session found the order with, if it did. */
    public synchronized Optional<String> email(String number) {
        return number == null ? Optional.empty() : Optional.ofNullable(emails.get(key(number)));
    }

    /** An order number as the shop writes it ("AG-1001-7"). */
    public static String key(String number) {
        return number.strip().toUpperCase(Locale.ROOT);
    }
}
