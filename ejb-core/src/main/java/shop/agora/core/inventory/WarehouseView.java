package shop.agora.core.inventory;

import java.io.Serializable;

/** A warehouse as pages show it. */
public record WarehouseView(long id, String code, String name, String street, String postalCode, String city,
        String country) implements Serializable {

    /** "Amsterdam (AMS-1)". */
    public String label() {
        return name + " (" + code + ")";
    }
}
