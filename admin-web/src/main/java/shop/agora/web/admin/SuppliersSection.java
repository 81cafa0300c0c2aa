package shop.agora.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import shop.agora.core.inventory.SupplierForm;
import shop.agora.core.inventory.SupplierView;
import shop.agora.core.inventory.Warehouses;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of the suppliers half of {@code warehouses.xhtml} (the page's other half is {@link WarehousesPage}):
 * the suppliers purchase orders go to, and one form that adds a supplier or changes the one chosen in the table.
 */
@Named
@ViewScoped
public class SuppliersSection implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "supplier-form";
    private static final Map<String, String> INPUT_IDS = Map.of("name", "supplier-name", "email", "supplier-email",
            "leadTimeDays", "supplier-lead-time");

    @Inject
    Warehouses service;

    @Inject
    FormValidation validation;

    private List<SupplierView> suppliers;
    private SupplierView editing;

    private String name;
    private String email;
    private Integer leadTimeDays;

    public void edit(SupplierView supplier) {
        editing = supplier;
        name = supplier.name();
        email = supplier.email();
        leadTimeDays = supplier.leadTimeDays();
    }

    public void startNew() {
        editing = null;
        name = null;
        email = null;
        leadTimeDays = null;
    }

    public void save() {
        SupplierForm form = new SupplierForm(strip(name), strip(email), leadTimeDays);
        if (!validation.isValid(form, FORM, INPUT_IDS)) {
            return;
        }
        boolean saved;
        if (editing == null) {
            saved = Refusals.run(() -> service.createSupplier(form));
        } else {
            long id = editing.id();
            saved = Refusals.run(() -> service.updateSupplier(id, form));
        }
        suppliers = null;
        if (saved) {
            Messages.info(Messages.app(editing == null ? "suppliers.created" : "suppliers.saved", form.name()));
            startNew();
        }
    }

    public List<SupplierView> getSuppliers() {
        if (suppliers == null) {
            suppliers = service.suppliers();
        }
        return suppliers;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getEditingName() {
        return editing == null ? null : editing.name();
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }
}
