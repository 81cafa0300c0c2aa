package shop.agora.web.admin.inventory;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.primefaces.component.datatable.DataTable;
import shop.agora.core.inventory.AlertView;
import shop.agora.core.inventory.CheckReport;
import shop.agora.core.inventory.Replenishment;
import shop.agora.core.inventory.entity.LowStockAlert;
import shop.agora.web.admin.Formats;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code inventory/alerts.xhtml}, "Low stock": the last run of the low-stock check and a button to
 * run it now, the open alerts (filtered by text), and the alerts resolved lately. {@code ?q=} is the filter,
 * {@code ?alert=} opens the approval form ({@link AlertApproval}) for that alert, {@code ?ordered=} names the
 * purchase order just placed. View scoped: the alerts are read once per page and paged and filtered in memory.
 */
@Named
@ViewScoped
public class AlertsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** More open alerts than this would be a problem no page fixes; the service returns at most 500. */
    static final int MAX_OPEN = 500;
    private static final int RECENT = 10;

    @Inject
    Replenishment replenishment;

    @Inject
    AlertApproval approval;

    @Inject
    Formats formats;

    private String q;
    private String alertParam;
    private String orderedParam;

    private List<AlertView> open = List.of();
    private List<AlertView> recent = List.of();
    private CheckReport lastCheck;
    private Long orderedId;

    /** On opening the page. */
    public void load() {
        reload();
        if (orderedParam != null && !orderedParam.isBlank()) {
            orderedId = replenishment.purchaseOrderId(orderedParam).orElse(null);
        }
        if (alertParam != null && !alertParam.isBlank()) {
            open.stream().filter(a -> String.valueOf(a.id()).equals(alertParam.strip())).findFirst()
                    .ifPresentOrElse(approval::open, () -> Messages.error(Messages.app("alerts.approve.gone")));
        }
    }

    public void runCheck() {
        Refusals.get(replenishment::runCheck).ifPresent(report -> Messages.info(
                Messages.app("alerts.check.done", report.skusChecked(), report.alertsRaised())));
        reload();
    }

    /** The filter changed: show its first page. */
    public void filter(AjaxBehaviorEvent event) {
        if (event.getComponent().findComponent("alert-table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public void dismiss(AlertView alert) {
        if (Refusals.run(() -> replenishment.dismiss(alert.id()))) {
            Messages.info(Messages.app("alerts.dismissed", alert.skuCode(), alert.productName()));
            approval.closeIf(alert.id());
        }
        reload();
    }

    private void reload() {
        open = replenishment.alerts(LowStockAlert.Status.OPEN, MAX_OPEN);
        recent = Stream.concat(replenishment.alerts(LowStockAlert.Status.ORDERED, RECENT).stream(),
                        replenishment.alerts(LowStockAlert.Status.DISMISSED, RECENT).stream())
                .sorted(Comparator.comparingLong(AlertView::id).reversed()).limit(RECENT).toList();
        lastCheck = replenishment.lastCheck().orElse(null);
    }

    /** The open alerts that match the filter (SKU code or name, product, merchant). */
    public List<AlertView> getAlerts() {
        if (q == null || q.isBlank()) {
            return open;
        }
        String wanted = q.strip().toLowerCase(Locale.ROOT);
        return open.stream().filter(a -> Stream.of(a.skuCode(), a.skuLabel(), a.productName(), a.merchantName())
                .anyMatch(text -> text != null && text.toLowerCase(Locale.ROOT).contains(wanted))).toList();
    }

    /** How the reorder point was set: "threshold set by the merchant", "30-day sales (12) × lead time (7 days)". */
    public String basis(AlertView alert) {
        return "VELOCITY".equals(alert.basis())
                ? Messages.app("alerts.basis.VELOCITY", alert.soldLast30Days(), alert.leadTimeDays())
                : Messages.app("alerts.basis.THRESHOLD");
    }

    public String dismissQuestion(AlertView alert) {
        return Messages.app("alerts.dismiss.question", alert.skuCode(), alert.productName());
    }

    /** "Last run 12 Mar 2026, 06:00 (scheduled) by system: 812 SKUs checked, 3 new alerts." */
    public String getLastCheckText() {
        if (lastCheck == null) {
            return Messages.app("alerts.check.never");
        }
        return Messages.app("alerts.check.last", formats.moment(lastCheck.finishedAt()),
                Messages.app("alerts.check.trigger." + lastCheck.trigger()), lastCheck.startedBy(),
                lastCheck.skusChecked(), lastCheck.alertsRaised());
    }

    public int getOpenCount() {
        return open.size();
    }

    public boolean isTruncated() {
        return open.size() >= MAX_OPEN;
    }

    public List<AlertView> getRecent() {
        return recent;
    }

    public Long getOrderedId() {
        return orderedId;
    }

    public String getOrderedNumber() {
        return orderedParam == null ? null : orderedParam.strip().toUpperCase(Locale.ROOT);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAlertParam() {
        return alertParam;
    }

    public void setAlertParam(String alertParam) {
        this.alertParam = alertParam;
    }

    public String getOrderedParam() {
        return orderedParam;
    }

    public void setOrderedParam(String orderedParam) {
        this.orderedParam = orderedParam;
    }
}
