package shop.agora.web.admin.inventory;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import shop.agora.core.inventory.DriftReport;
import shop.agora.core.inventory.InventoryAudit;

/**
 * Backing bean of {@code inventory/audit.xhtml}: recomputes every stock level from the movement ledger and shows
 * where the stored level differs. Nothing is corrected here: a drift means something bypassed the services, and
 * someone has to find out what before the numbers are touched.
 */
@Named
@RequestScoped
public class AuditPage {

    @Inject
    InventoryAudit audit;

    private DriftReport report;

    public void recompute() {
        report = audit.recompute();
    }

    /** The last recomputation of this request, or null before the button was pressed. */
    public DriftReport getReport() {
        return report;
    }

    public boolean isDrifting() {
        return report != null && !report.drifts().isEmpty();
    }
}
