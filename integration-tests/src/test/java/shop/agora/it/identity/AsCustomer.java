package shop.agora.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.function.Function;
import shop.agora.core.order.CartService;
import shop.agora.core.order.Checkout;
import shop.agora.core.order.Balances;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.RefundRequests;
import shop.agora.core.payment.PaymentProcessing;

/** Calls the shop's services as the demo customer (principal set in glassfish-ejb-jar.xml). */
@Stateless
@RunAs("CUSTOMER")
@PermitAll
public class AsCustomer {

    @EJB
    CartService cart;

    @EJB
    Checkout checkout;

    @EJB
    PaymentProcessing payments;

    @EJB
    OrderTracking tracking;

    public <T> T cart(Function<CartService, T> call) {
        return call.apply(cart);
    }

    public <T> T checkout(Function<Checkout, T> call) {
        return call.apply(checkout);
    }

    public <T> T payments(Function<PaymentProcessing, T> call) {
        return call.apply(payments);
    }

    public <T> T tracking(Function<OrderTracking, T> call) {
        return call.apply(tracking);
    }

    @EJB
    RefundRequests refunds;

    @EJB
    Balances balances;

    @EJB
    OrderCancellation cancellation;

    public <T> T refunds(Function<RefundRequests, T> call) {
        return call.apply(refunds);
    }

    public <T> T balances(Function<Balances, T> call) {
        return call.apply(balances);
    }

    public <T> T cancellation(Function<OrderCancellation, T> call) {
        return call.apply(cancellation);
    }
}
