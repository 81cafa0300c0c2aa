package shop.agora.core.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.PaymentProcessed;
import shop.agora.core.events.RefundProcessed;
import shop.agora.core.inventory.HoldResult;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shared.DomainException;

/**
 * The payment table, each step in its own transaction around the gateway call (which must not sit inside a database
 * transaction): {@link #begin} records the attempt before the card is charged, {@link #record} books the answer and,
 * for a success, publishes "Payment Processed" in the same transaction.
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentLedger {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StockManagement stock;

    @Inject
    EventPublisher events;

    /** An attempt to charge an order: its key and amount, or {@code alreadyPaid} when a charge succeeded before. */
    public record Attempt(long orderId, String orderNumber, String key, BigDecimal amount, String currency,
            boolean alreadyPaid) {
    }

    public Attempt begin(UUID checkoutToken, String actor) {
        Order order = em.createQuery("select o from Order o where o.checkoutToken = :token", Order.class)
                .setParameter("token", checkoutToken).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("We could not find this order; please check out again."));
        boolean paid = !em.createNativeQuery("select 1 from payment where order_id = ? and status in ('SUCCEEDED', "
                + "'REFUNDED')").setParameter(1, order.id()).getResultList().isEmpty();
        if (paid || order.status() != OrderStatus.AWAITING_PAYMENT && order.status() != OrderStatus.PAYMENT_FAILED
                && order.status() != OrderStatus.CANCELLED) {
            return new Attempt(order.id(), order.number(), null, null, null, true);
        }
        if (order.status() == OrderStatus.CANCELLED) {
            throw new DomainException("Order " + order.number() + " was cancelled"
                    + (order.statusReason() == null ? "" : ": " + order.statusReason()) + " Nothing was charged.");
        }
        if (order.status() == OrderStatus.PAYMENT_FAILED) {
            // paying again: the items were given back when the last payment failed, so hold them again first
            HoldResult hold = stock.placeHold(order.number(), order.lines().stream()
                    .map(l -> new SkuQuantity(l.skuId(), l.quantity())).toList());
            if (!hold.held()) {
                throw new DomainException("Sorry, an item of order " + order.number() + " is no longer available "
                        + "in the quantity you ordered, so we cannot take your payment. Please check out again.");
            }
            order.retryPayment(actor, clock.instant());
        }
        em.createNativeQuery("insert into payment (order_id, idempotency_key, status, amount, currency, gateway, "
                        + "created_at, updated_at) values (?, ?, 'PENDING', ?, ?, 'sandbox', ?, ?) "
                        + "on conflict (idempotency_key) do nothing")
                .setParameter(1, order.id()).setParameter(2, order.paymentKey())
                .setParameter(3, order.totals().total()).setParameter(4, order.totals().currency())
                .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        return new Attempt(order.id(), order.number(), order.paymentKey(), order.totals().total(),
                order.totals().currency(), false);
    }

    /** Books the gateway's answer once; a second call for the same attempt changes nothing. */
    public PaymentOutcome record(Attempt attempt, PaymentGateway.ChargeResult result, String actor) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, status, failure_message from payment "
                + "where idempotency_key = ? for update").setParameter(1, attempt.key()).getResultList();
        Object[] payment = rows.get(0);
        long paymentId = ((Number) payment[0]).longValue();
        if (!"PENDING".equals(payment[1])) {
            return new PaymentOutcome("SUCCEEDED".equals(payment[1]) || "REFUNDED".equals(payment[1]),
                    attempt.orderNumber(), (String) payment[2]);
        }
        em.createNativeQuery("update payment set status = ?, charge_id = ?, card_brand = ?, card_last4 = ?, "
                        + "failure_code = ?, failure_message = ?, updated_at = ? where id = ?")
                .setParameter(1, result.outcome()).setParameter(2, result.chargeId()).setParameter(3, result.brand())
                .setParameter(4, result.last4()).setParameter(5, result.code()).setParameter(6, result.message())
                .setParameter(7, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(8, paymentId)
                .executeUpdate();
        if (result.succeeded()) {
            events.publish(Destinations.PAYMENT_PROCESSED, new PaymentProcessed(UUID.randomUUID(), clock.instant(),
                    attempt.orderId(), attempt.orderNumber(), paymentId, attempt.amount(), attempt.currency()));
            return new PaymentOutcome(true, attempt.orderNumber(), null);
        }
        Order order = em.find(Order.class, attempt.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order.status() == OrderStatus.AWAITING_PAYMENT) {
            order.paymentFailed(result.message(), actor, clock.instant());
            stock.releaseHold(order.number());
        }
        return new PaymentOutcome(false, attempt.orderNumber(), result.message());
    }

    /**
     * Refunds an order's successful payment in full (once), e.g. when its stock was gone after payment or the
     * customer cancelled, and publishes "Refund Processed" when it refunded now. {@code reason} is for the customer.
     */
    public BigDecimal refundOrder(long orderId, PaymentGateway gateway, String reason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, charge_id, amount, status from payment "
                + "where order_id = ? and status in ('SUCCEEDED', 'REFUNDED') for update").setParameter(1, orderId)
                .getResultList();
        if (rows.isEmpty()) {
            return BigDecimal.ZERO;
        }
        Object[] payment = rows.get(0);
        if ("REFUNDED".equals(payment[3])) {
            return (BigDecimal) payment[2];
        }
        PaymentGateway.RefundResult refund = gateway.refund("refund-" + payment[0], (String) payment[1],
                (BigDecimal) payment[2]);
        if (!refund.succeeded()) {
            throw new IllegalStateException("The refund of payment " + payment[0] + " failed: " + refund.message());
        }
        em.createNativeQuery("update payment set status = 'REFUNDED', refunded_amount = amount, refund_id = ?, "
                        + "updated_at = ? where id = ?")
                .setParameter(1, refund.refundId()).setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(3, payment[0]).executeUpdate();
        Order order = em.find(Order.class, orderId);
        events.publish(Destinations.REFUND_PROCESSED, new RefundProcessed(UUID.randomUUID(), clock.instant(),
                orderId, order.number(), order.email(), (BigDecimal) payment[2], order.totals().currency(), "CARD",
                reason));
        return (BigDecimal) payment[2];
    }
}
