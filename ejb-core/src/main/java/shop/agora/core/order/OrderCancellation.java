package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shipping.ShippingProvider;
import shop.agora.core.shipping.entity.Shipment;
import shop.agora.core.shipping.entity.ShipmentStatus;

/**
 * A customer cancels an order: signed in, or as a guest holding the checkout or the order's number and email. The
 * rule, as the order page states it: an order can be cancelled until its first parcel is picked up by the carrier.
 * Cancelling voids the parcels' labels and publishes "Order Cancelled"; on that event PaymentProcessing refunds the
 * card and gives back what the customer's balance paid ("Refund Processed", then the refund email) and
 * StockManagement puts the items back. A payment that is still being processed must finish first.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
public class OrderCancellation {

    /** What the order page says about cancelling. */
    public static final String RULE = "You can cancel an order until its parcel has been picked up by the carrier. "
            + "Your payment goes back where it came from (your card, your wallet and store credit) and you get an "
            + "email when it is done.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    @EJB
    ShippingProvider carrier;

    @Inject
    EventPublisher events;

    /** A signed-in customer cancels one of their orders. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public void cancelMine(@NotNull String number, @Size(max = 200) String why) {
        long account = Accounts.callerId(em, context);
        Order order = locked(em.createQuery("select o.id from Order o where o.number = :number", Long.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .orElse(null));
        if (order == null || !order.belongsTo(account)) {
            throw new DomainException("We cannot find order " + number + " in your account.");
        }
        cancel(order, context.getCallerPrincipal().getName(), why);
    }

    /** A guest cancels the order their checkout placed (the checkout token is the session's secret). */
    @PermitAll
    public void cancelByCheckout(@NotNull UUID checkoutToken, @Size(max = 200) String why) {
        Order order = locked(em.createQuery("select o.id from Order o where o.checkoutToken = :token", Long.class)
                .setParameter("token", checkoutToken).getResultStream().findFirst().orElse(null));
        if (order == null) {
            throw new DomainException("We cannot find this order.");
        }
        cancel(order, "guest " + order.email(), why);
    }

    /**
     * A guest cancels an order they found by its number and the email it was placed with (the tracking page), in any
     * session. Both must match, and the order must be a guest's: an order of a customer account is cancelled by its
     * customer, signed in.
     */
    @PermitAll
    public void cancelTracked(@NotNull String number, @NotNull String email, @Size(max = 200) String why) {
        Order order = GuestAccess.guestOrder(em, number, email, "cancel it", true);
        cancel(order, "guest " + order.email(), why);
    }

    private Order locked(Long id) {
        return id == null ? null : OrderLocks.lock(em, id);
    }

    private void cancel(Order order, String actor, String why) {
        if (order.status() == OrderStatus.CANCELLED) {
            return; // a double click: it is cancelled already
        }
        if (!order.status().cancellable()) {
            throw new DomainException("Order " + order.number() + " is " + order.status().words()
                    + " and can no longer be cancelled. Once it has arrived you can ask for a refund.");
        }
        boolean paymentUnderWay = !em.createNativeQuery("select 1 from payment where order_id = ? "
                + "and status = 'PENDING'").setParameter(1, order.id()).getResultList().isEmpty();
        if (paymentUnderWay && order.status() == OrderStatus.AWAITING_PAYMENT) {
            throw new DomainException("The payment for order " + order.number() + " is still being processed. "
                    + "Please try again in a minute.");
        }
        List<Shipment> parcels = em.createQuery("select s from Shipment s where s.orderId = :order", Shipment.class)
                .setParameter("order", order.id()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Shipment parcel : parcels) {
            boolean pickedUp = carrier.track(parcel.trackingNumber()).stream()
                    .anyMatch(e -> ShipmentStatus.valueOf(e.status()).leftWarehouse());
            if (pickedUp || parcel.status().leftWarehouse()) {
                throw new DomainException("Order " + order.number() + " has just been picked up by the carrier and "
                        + "can no longer be cancelled. Once it has arrived you can ask for a refund.");
            }
        }
        for (Shipment parcel : parcels) {
            if (parcel.status() != ShipmentStatus.CANCELLED) {
                carrier.cancel(parcel.trackingNumber());
                parcel.cancel(clock.instant());
            }
        }
        boolean charged = !em.createNativeQuery("select 1 from payment where order_id = ? and status = 'SUCCEEDED'")
                .setParameter(1, order.id()).getResultList().isEmpty();
        // paid, or not paid yet by card while the balance's part is spent on it: either goes back on the event
        boolean refundDue = charged || Balances.held(em, order.id()).signum() > 0;
        String reason = "Cancelled at your request" + (why == null || why.isBlank() ? "." : ": " + why.strip());
        order.cancel(reason, actor, clock.instant());
        events.publish(Destinations.ORDER_CANCELLED, new OrderCancelled(UUID.randomUUID(), clock.instant(),
                order.id(), order.number(), order.email(), reason, BigDecimal.ZERO, order.totals().currency(),
                refundDue));
    }
}
