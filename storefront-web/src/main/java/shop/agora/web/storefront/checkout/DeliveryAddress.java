package shop.agora.web.storefront.checkout;

import java.io.Serializable;
import shop.agora.core.order.AddressView;

/** The address fields of the checkout form, as typed or taken from the customer's address book. */
public class DeliveryAddress implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String DEFAULT_COUNTRY = "NL";

    private String name;
    private String street;
    private String postalCode;
    private String city;
    private String country = DEFAULT_COUNTRY;
    private String phone;

    void use(AddressView saved) {
        name = saved.name();
        street = saved.street();
        postalCode = saved.postalCode();
        city = saved.city();
        country = saved.country();
        phone = saved.phone();
    }

    /** Empty fields for another address (the country stays). */
    void clear() {
        name = null;
        street = null;
        postalCode = null;
        city = null;
        phone = null;
    }

    /** The chosen country's code, upper case; the default one when none is chosen. */
    String countryCode() {
        return country == null || country.isBlank() ? DEFAULT_COUNTRY : country.strip().toUpperCase(java.util.Locale.ROOT);
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
