package shop.agora.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import shop.agora.core.inventory.Replenishment;

/** Backing bean of {@code index.xhtml}, the dashboard: the figures its tiles show. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    Replenishment replenishment;

    private Long openAlerts;

    /** Low-stock alerts waiting for an admin to order or dismiss them. */
    public long getOpenAlerts() {
        if (openAlerts == null) {
            openAlerts = replenishment.openAlertCount();
        }
        return openAlerts;
    }
}
