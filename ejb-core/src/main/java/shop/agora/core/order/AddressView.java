package shop.agora.core.order;

import java.io.Serializable;

/** An address from the customer's address book. */
public record AddressView(long id, String name, String street, String postalCode, String city, String country,
        String phone) implements Serializable {
}
