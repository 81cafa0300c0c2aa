package shop.agora.web.admin.inventory;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shop.agora.core.inventory.AlertView;
import shop.agora.core.inventory.ApprovalForm;
import shop.agora.core.inventory.PurchaseOrderSummary;
import shop.agora.core.inventory.Replenishment;
import shop.agora.core.inventory.SupplierView;
import shop.agora.core.inventory.WarehouseView;
import shop.agora.core.inventory.Warehouses;
import shop.agora.web.admin.Formats;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * The approval form of {@code inventory/alerts.xhtml} ({@code ?alert=}): quantity, supplier, warehouse and expected
 * delivery date of the purchase order an alert becomes, filled in with the check's suggestion. Approving places the
 * order and goes back to the list, which names the new order with a link to it.
 */
@Named
@ViewScoped
public class AlertApproval implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "approve-form";
    private static final Map<String, String> INPUT_IDS = Map.of("quantity", "approve-quantity",
            "supplierId", "approve-supplier", "warehouseId", "approve-warehouse", "expectedOn", "approve-expected");

    @Inject
    Replenishment replenishment;

    @Inject
    Warehouses warehouses;

    @Inject
    FormValidation validation;

    @Inject
    Formats formats;

    private AlertView alert;
    private List<SupplierView> suppliers = List.of();
    private List<WarehouseView> warehouseChoices = List.of();

    private Integer quantity;
    private Long supplierId;
    private Long warehouseId;
    private LocalDate expectedOn;

    /** Opens the form for an open alert, filled in with what the check suggests. */
    void open(AlertView openAlert) {
        alert = openAlert;
        suppliers = warehouses.suppliers();
        warehouseChoices = warehouses.warehouses();
        quantity = openAlert.suggestedQuantity();
        supplierId = openAlert.supplierId();
        warehouseId = openAlert.warehouseId();
        supplierChanged();
    }

    /** Closes the form if it is about this alert (dismissed meanwhile). */
    void closeIf(long alertId) {
        if (alert != null && alert.id() == alertId) {
            alert = null;
        }
    }

    /** The expected date follows the supplier: today plus its lead time. */
    public void supplierChanged() {
        int leadTime = supplier().map(SupplierView::leadTimeDays).orElse(alert == null ? 0 : alert.leadTimeDays());
        expectedOn = getToday().plusDays(leadTime);
    }

    /** Places the purchase order; then back to the list (keeping its filter), which links to the new order. */
    public void approve(String filter) throws IOException {
        if (alert == null) {
            return;
        }
        ApprovalForm form = new ApprovalForm(quantity, supplierId, warehouseId, expectedOn);
        if (!validation.isValid(form, FORM, INPUT_IDS)) {
            return;
        }
        if (expectedOn.isBefore(getToday())) {
            Refusals.onInput(FORM + ":approve-expected", Messages.app("alerts.approve.past"));
            return;
        }
        long alertId = alert.id();
        Optional<PurchaseOrderSummary> placed = Refusals.get(() -> replenishment.approve(alertId, form));
        if (placed.isEmpty()) {
            return;
        }
        PurchaseOrderSummary order = placed.get();
        Messages.info(Messages.app("alerts.approved", order.number(), order.unitsOrdered(), alert.skuCode(),
                order.supplierName(), order.warehouseLabel(), formats.date(order.expectedOn())));
        Messages.keepForRedirect();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("ordered", List.of(order.number()));
        if (filter != null && !filter.isBlank()) {
            parameters.put("q", List.of(filter.strip()));
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.encodeRedirectURL(external.getRequestContextPath() + "/inventory/alerts.xhtml",
                parameters));
    }

    private Optional<SupplierView> supplier() {
        return suppliers.stream().filter(s -> supplierId != null && s.id() == supplierId).findFirst();
    }

    /** "Northsea Distribution (3 days)". */
    public String supplierLabel(SupplierView supplier) {
        return Messages.app("alerts.approve.supplierOption", supplier.name(), supplier.leadTimeDays());
    }

    /** Today as the service judges "not in the past": in UTC. */
    public LocalDate getToday() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public boolean isOpen() {
        return alert != null;
    }

    public AlertView getAlert() {
        return alert;
    }

    public List<SupplierView> getSuppliers() {
        return suppliers;
    }

    public List<WarehouseView> getWarehouses() {
        return warehouseChoices;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public void setSupplierId(Long supplierId) {
        this.supplierId = supplierId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public LocalDate getExpectedOn() {
        return expectedOn;
    }

    public void setExpectedOn(LocalDate expectedOn) {
        this.expectedOn = expectedOn;
    }
}
