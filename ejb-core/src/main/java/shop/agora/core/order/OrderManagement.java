package shop.agora.core.order;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.events.OrderConfirmed;
import shop.agora.core.events.PaymentProcessed;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.payment.PaymentProcessing;

/**
 * What happens to an order after the customer paid, driven by events (the SYSTEM role). On "Payment Processed" the
 * order becomes paid, its stock hold becomes a sale, and it is confirmed ("Order Confirmed"). When the hold lapsed
 * and the stock is gone meanwhile, the payment is refunded and the order cancelled, with the reason for the
 * customer ("Order Cancelled").
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
public class OrderManagement {

    private static final Logger LOG = Logger.getLogger(OrderManagement.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StockManagement stock;

    @EJB
    PaymentProcessing payments;

    @Inject
    EventPublisher events;

    /** Handles "Payment Processed" once; a repeat, or an order already past payment, changes nothing. */
    public OrderStatus confirmPayment(@NotNull PaymentProcessed event) {
        Order order = OrderLocks.lock(em, event.orderId());
        String actor = "event Payment Processed";
        if (order.status() == OrderStatus.CANCELLED) {
            // cancelled while the payment was under way: give the money back
            BigDecimal refunded = payments.refundOrder(order.id(), "Your order was cancelled before the payment "
                    + "came through.");
            LOG.info(() -> "Refunded " + refunded + " for cancelled order " + order.number());
            return order.status();
        }
        if (order.status() != OrderStatus.AWAITING_PAYMENT) {
            return order.status();
        }
        // the hold first: its statements would otherwise write the order out as paid, then again as confirmed
        int held = stock.confirmHold(order.number());
        order.markPaid(actor, clock.instant());
        List<SkuQuantity> lines = order.lines().stream().map(l -> new SkuQuantity(l.skuId(), l.quantity())).toList();
        if (held == 0) {
            // the hold lapsed before the payment came in: sell the items if they are still there
            Map<Long, Integer> available = stock.available(lines.stream().map(SkuQuantity::skuId).toList());
            List<OrderLine> missing = order.lines().stream()
                    .filter(l -> available.getOrDefault(l.skuId(), 0) < l.quantity()).toList();
            if (!missing.isEmpty()) {
                BigDecimal refunded = payments.refundOrder(order.id(), "An item sold out while you were paying.");
                String reason = "Sold out while you were paying: " + missing.stream()
                        .map(l -> l.productName() + " (" + l.skuLabel() + ")").collect(Collectors.joining(", "))
                        + ". Your payment of " + refunded.toPlainString() + " " + order.totals().currency()
                        + " was refunded.";
                order.cancel(reason, actor, clock.instant());
                events.publish(Destinations.ORDER_CANCELLED, new OrderCancelled(UUID.randomUUID(), clock.instant(),
                        order.id(), order.number(), order.email(), reason, refunded, order.totals().currency(),
                        false));
                return order.status();
            }
            stock.placeHold(order.number(), lines);
            stock.confirmHold(order.number());
        }
        order.confirm("event Payment Processed", clock.instant());
        events.publish(Destinations.ORDER_CONFIRMED, new OrderConfirmed(UUID.randomUUID(), clock.instant(),
                order.id(), order.number(), order.email(), order.lines().stream()
                .map(l -> new OrderConfirmed.Line(l.skuId(), l.merchantId(), l.quantity())).toList(),
                order.totals().total(), order.totals().currency()));
        return order.status();
    }

    /**
     * Cancels orders nobody paid for within {@code hours} (awaiting payment or payment failed, unchanged since),
     * giving their held items back, and what the customer's balance paid towards them ("Order Cancelled"). Returns
     * how many.
     */
    public int cancelAbandoned(int hours) {
        List<OrderStatus> open = List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED);
        Instant since = clock.instant().minus(java.time.Duration.ofHours(hours));
        List<Long> abandoned = em.createQuery("select o.id from Order o where o.status in :open "
                        + "and o.updatedAt < :since order by o.id", Long.class)
                .setParameter("open", open).setParameter("since", since).setMaxResults(500).getResultList();
        int cancelled = 0;
        for (long id : abandoned) {
            Order order = OrderLocks.lock(em, id);
            if (!open.contains(order.status()) || !order.updatedAt().isBefore(since)) {
                continue; // paid or changed since the query, before it was locked
            }
            boolean charged = !em.createNativeQuery("select 1 from payment where order_id = ? and status in "
                    + "('PENDING', 'SUCCEEDED')").setParameter(1, order.id()).getResultList().isEmpty();
            if (charged) {
                continue; // a payment is under way or done: "Payment Processed" decides
            }
            String reason = "Not paid within " + hours + " hours.";
            order.cancel(reason, "timer", clock.instant());
            stock.releaseHold(order.number());
            // what the balance paid towards it goes back on the event, like a cancelled order's payment
            boolean balanceHeld = Balances.held(em, order.id()).signum() > 0;
            events.publish(Destinations.ORDER_CANCELLED, new OrderCancelled(UUID.randomUUID(), clock.instant(),
                    order.id(), order.number(), order.email(), reason, BigDecimal.ZERO, order.totals().currency(),
                    balanceHeld));
            cancelled++;
        }
        return cancelled;
    }
}
