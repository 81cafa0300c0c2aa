package shop.agora.web.admin;

import java.io.Serializable;
import java.util.List;
import shop.agora.core.shipping.ShippingZoneView;

/**
 * One zone of {@code shipping.xhtml} as the admin edits it: its name and countries, and a form per shipping method.
 * The zone's code never changes (checkout and the storefront refer to it); it names the zone's forms on the page:
 * {@code zone-form-DOMESTIC}, {@code method-form-DOMESTIC-STANDARD}.
 */
public class ShippingZoneEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String code;
    private final List<ShippingMethodEditor> methods;
    private String savedName;
    private String name;
    private String countries;

    ShippingZoneEditor(ShippingZoneView zone) {
        id = zone.id();
        code = zone.code();
        methods = zone.methods().stream().map(method -> new ShippingMethodEditor(code, method)).toList();
        show(zone);
    }

    /** Shows the zone as saved, dropping what was typed. */
    void show(ShippingZoneView zone) {
        savedName = zone.name();
        name = zone.name();
        countries = readable(zone.countries());
    }

    /** "AT, BE, BG": the stored "AT,BE,BG" with room to read and wrap; the service accepts both. */
    static String readable(String countries) {
        return String.join(", ", countries.strip().split("\\s*,\\s*"));
    }

    /** A code as part of a client id: letters, digits, dashes and underscores only. */
    static String idPart(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public String getFormId() {
        return "zone-form-" + idPart(code);
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public List<ShippingMethodEditor> getMethods() {
        return methods;
    }

    /** The name as saved (the card's title), whatever is typed meanwhile. */
    public String getSavedName() {
        return savedName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCountries() {
        return countries;
    }

    public void setCountries(String countries) {
        this.countries = countries;
    }
}
