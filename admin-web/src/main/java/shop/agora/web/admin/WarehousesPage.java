package shop.agora.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.agora.core.inventory.WarehouseForm;
import shop.agora.core.inventory.WarehouseView;
import shop.agora.core.inventory.Warehouses;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of the warehouses half of {@code warehouses.xhtml} (the suppliers half is {@link SuppliersSection}):
 * the warehouses, and one form that adds a warehouse or changes the one chosen in the table. View scoped: the
 * warehouse being changed lasts while the page is open. A warehouse's code never changes (stock, purchase orders
 * and labels refer to it), so the form shows it but does not send it.
 */
@Named
@ViewScoped
public class WarehousesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "warehouse-form";
    private static final Map<String, String> INPUT_IDS = Map.of("code", "warehouse-code", "name", "warehouse-name",
            "street", "warehouse-street", "postalCode", "warehouse-postal", "city", "warehouse-city",
            "country", "warehouse-country");

    @Inject
    Warehouses service;

    @Inject
    FormValidation validation;

    private List<WarehouseView> warehouses;
    private WarehouseView editing;

    private String code;
    private String name;
    private String street;
    private String postalCode;
    private String city;
    private String country;

    /** Fills the form with a warehouse from the table, to change it. */
    public void edit(WarehouseView warehouse) {
        editing = warehouse;
        code = warehouse.code();
        name = warehouse.name();
        street = warehouse.street();
        postalCode = warehouse.postalCode();
        city = warehouse.city();
        country = warehouse.country();
    }

    /** Leaves the warehouse being changed alone: the form adds a new one again. */
    public void startNew() {
        editing = null;
        clear();
    }

    public void save() {
        WarehouseForm form = new WarehouseForm(editing == null ? strip(code) : editing.code(), strip(name),
                strip(street), strip(postalCode), strip(city),
                country == null ? null : country.strip().toUpperCase(Locale.ROOT));
        if (!validation.isValid(form, FORM, INPUT_IDS)) {
            return;
        }
        boolean saved;
        if (editing == null) {
            saved = Refusals.run(() -> service.createWarehouse(form));
            if (saved) {
                Messages.info(Messages.app("warehouses.created", form.name(), form.code().toUpperCase(Locale.ROOT)));
            }
        } else {
            long id = editing.id();
            saved = Refusals.run(() -> service.updateWarehouse(id, form));
            if (saved) {
                Messages.info(Messages.app("warehouses.saved", form.name(), editing.code()));
            }
        }
        warehouses = null;
        if (saved) {
            startNew();
        }
    }

    public List<WarehouseView> getWarehouses() {
        if (warehouses == null) {
            warehouses = service.warehouses();
        }
        return warehouses;
    }

    /** "Dock 4, 1013 AB Amsterdam, NL". */
    public String address(WarehouseView warehouse) {
        return warehouse.street() + ", " + warehouse.postalCode() + " " + warehouse.city() + ", "
                + warehouse.country();
    }

    public boolean isEditing() {
        return editing != null;
    }

    /** The warehouse being changed, "Amsterdam (AMS-1)"; null while the form adds one. */
    public String getEditingLabel() {
        return editing == null ? null : editing.label();
    }

    private void clear() {
        code = null;
        name = null;
        street = null;
        postalCode = null;
        city = null;
        country = null;
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
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
}
