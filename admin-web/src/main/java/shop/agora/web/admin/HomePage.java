package shop.agora.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import shop.agora.core.inventory.Replenishment;
import shop.agora.core.notification.EmailLog;

/** Backing bean of {@code index.xhtml}, the dashboard: the figures its tiles show. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Replenishment replenishment;

    @Inject
    EmailLog emailLog;

    private Long openAlerts;
    private Long failedEmails;

    /** Low-stock alerts waiting for an admin to order or dismiss them. */
    public long getOpenAlerts() {
        if (openAlerts == null) {
            openAlerts = replenishment.openAlertCount();
        }
        return openAlerts;
    }

    /** Emails the mail server refused, ever (each attempt counts). */
    public long getFailedEmails() {
        if (failedEmails == null) {
            failedEmails = emailLog.list("FAILED", null, 0, 1).total();
        }
        return failedEmails;
    }
}
