package shop.agora.web.admin.inventory;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.primefaces.component.datatable.DataTable;
import shop.agora.core.inventory.PurchaseOrderSummary;
import shop.agora.core.inventory.Replenishment;
import shop.agora.core.inventory.entity.PurchaseOrderStatus;

/**
 * Backing bean of {@code inventory/purchase-orders.xhtml}: purchase orders, newest first, of one status or all
 * ({@code ?status=ORDERED}). View scoped: the list is read once per status and paged in memory.
 */
@Named
@ViewScoped
public class PurchaseOrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 200;

    @Inject
    Replenishment replenishment;

    private String status;
    private List<PurchaseOrderSummary> orders;

    /** The status filter changed: show its first page. */
    public void filter(AjaxBehaviorEvent event) {
        if (event.getComponent().findComponent("po-table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public List<PurchaseOrderSummary> getOrders() {
        if (orders == null) {
            orders = replenishment.purchaseOrders(chosenStatus(), MAX);
        }
        return orders;
    }

    /** The status chosen, or null for all (also for an address with an unknown status). */
    private PurchaseOrderStatus chosenStatus() {
        return Arrays.stream(PurchaseOrderStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
    }

    public List<String> getStatuses() {
        return Arrays.stream(PurchaseOrderStatus.values()).map(Enum::name).toList();
    }

    /** Whether the list may be cut off at {@value #MAX} orders. */
    public boolean isTruncated() {
        return getOrders().size() >= MAX;
    }

    public int getMax() {
        return MAX;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
        this.orders = null;
    }
}
