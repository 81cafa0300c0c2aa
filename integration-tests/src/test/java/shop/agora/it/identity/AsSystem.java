package shop.agora.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.EventRetention;
import shop.agora.core.events.InDoubtEvents;
import shop.agora.core.order.OrderManagement;
import shop.agora.core.payment.PaymentGateway;
import shop.agora.core.payment.PaymentLedger;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.payment.PaymentReconciliation;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.shipping.ShippingProvider;
import shop.agora.core.shipping.TrackingIntegration;

/** Calls the inventory services as the platform itself (SYSTEM), as event consumers do. */
@Stateless
@RunAs("SYSTEM")
@PermitAll
public class AsSystem {

    @EJB
    StockManagement stock;

    public <T> T stock(Function<StockManagement, T> call) {
        return call.apply(stock);
    }

    @EJB
    ProductManagement productsBean;

    public <T> T products(Function<ProductManagement, T> call) {
        return call.apply(productsBean);
    }

    @EJB
    OrderManagement ordersBean;

    @EJB
    TrackingIntegration trackingBean;

    @EJB
    EventPublisher events;

    /** Sends a published event to its topic once more, exactly as it was (a duplicate delivery). */
    public void resend(UUID eventId) {
        events.resend(eventId);
    }

    @EJB
    EventRetention retention;

    /** Forgets the events older than {@code keep}, as the nightly timer does. */
    public long purgeEvents(Duration keep) {
        return retention.purge(keep);
    }

    public <T> T tracking(Function<TrackingIntegration, T> call) {
        return call.apply(trackingBean);
    }

    @EJB
    ShippingProvider carrierBean;

    public <T> T carrier(Function<ShippingProvider, T> call) {
        return call.apply(carrierBean);
    }

    public <T> T orders(Function<OrderManagement, T> call) {
        return call.apply(ordersBean);
    }

    @EJB
    PaymentProcessing paymentsBean;

    public <T> T payments(Function<PaymentProcessing, T> call) {
        return call.apply(paymentsBean);
    }

    @EJB
    PaymentLedger ledgerBean;

    /** The payment table's steps one by one, e.g. to leave an attempt as a crash between them would. */
    public <T> T ledger(Function<PaymentLedger, T> call) {
        return call.apply(ledgerBean);
    }

    @EJB
    PaymentGateway gatewayBean;

    public <T> T gateway(Function<PaymentGateway, T> call) {
        return call.apply(gatewayBean);
    }

    @EJB
    PaymentReconciliation reconciliationBean;

    public <T> T reconciliation(Function<PaymentReconciliation, T> call) {
        return call.apply(reconciliationBean);
    }

    @EJB
    InDoubtEvents inDoubtBean;

    public <T> T inDoubt(Function<InDoubtEvents, T> call) {
        return call.apply(inDoubtBean);
    }
}
