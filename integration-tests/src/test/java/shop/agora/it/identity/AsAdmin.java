package shop.agora.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.function.Function;
import shop.agora.core.accounts.AccountService;
import shop.agora.core.events.EventAdministration;
import shop.agora.core.order.RefundRequests;
import shop.agora.core.payment.PaymentReconciliation;
import shop.agora.core.platform.ClockControl;
import shop.agora.core.inventory.InventoryAudit;
import shop.agora.core.inventory.Replenishment;
import shop.agora.core.inventory.Warehouses;
import shop.agora.core.catalog.CategoryAdmin;
import shop.agora.core.shipping.ShippingAdmin;

/** Calls the admin services as the demo administrator (principal set in glassfish-ejb-jar.xml). */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

    @EJB
    CategoryAdmin categories;

    public <T> T categories(Function<CategoryAdmin, T> call) {
        return call.apply(categories);
    }

    @EJB
    Replenishment replenishmentBean;

    public <T> T replenishment(Function<Replenishment, T> call) {
        return call.apply(replenishmentBean);
    }

    @EJB
    Warehouses warehousesBean;

    public <T> T warehouses(Function<Warehouses, T> call) {
        return call.apply(warehousesBean);
    }

    @EJB
    InventoryAudit auditBean;

    public <T> T audit(Function<InventoryAudit, T> call) {
        return call.apply(auditBean);
    }

    @EJB
    ClockControl clockBean;

    public <T> T clock(Function<ClockControl, T> call) {
        return call.apply(clockBean);
    }

    @EJB
    AccountService accountsBean;

    public <T> T accounts(Function<AccountService, T> call) {
        return call.apply(accountsBean);
    }

    @EJB
    RefundRequests refundsBean;

    public <T> T refunds(Function<RefundRequests, T> call) {
        return call.apply(refundsBean);
    }

    @EJB
    EventAdministration eventsBean;

    public <T> T events(Function<EventAdministration, T> call) {
        return call.apply(eventsBean);
    }

    @EJB
    PaymentReconciliation reconciliationBean;

    public <T> T reconciliation(Function<PaymentReconciliation, T> call) {
        return call.apply(reconciliationBean);
    }

    @EJB
    ShippingAdmin shippingBean;

    public <T> T shipping(Function<ShippingAdmin, T> call) {
        return call.apply(shippingBean);
    }
}
