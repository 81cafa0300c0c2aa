package shop.agora.core.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.PaymentProcessed;
import shop.agora.core.events.RefundProcessed;
import shop.agora.core.inventory.HoldResult;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.order.Balances;
import shop.agora.core.order.OrderLocks;
import shop.agora.core.order.control.BalanceSplit;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.payment.control.Reconciliation;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * The payment table, each step in its own transaction around the gateway call (which must not sit inside a database
 * transaction): {@link #begin} records the attempt before the card is charged, {@link #record} books the answer and,
 * for a success, publishes "Payment Processed" in the same transaction. An attempt left pending by a failure between
 * the two is settled by {@link #reconcile} from the gateway's record of its key. The card pays what the customer's
 * balance does not ({@code Order.cardDue()}); an order the balance paid in full has one payment of gateway
 * {@value #BALANCE} instead, booked with the order ({@link #paidFromBalance}). Money goes back where it came from:
 * the card's part through the gateway, the balance's part to the customer's balance.
 * <p>
 * Whatever books a card payment locks its order first and then the payment's row, always in that order, so that a
 * customer paying again, the gateway's answer and the reconciliation wait for each other instead of booking twice.
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentLedger {

    /** The gateway name of a payment made with the customer's wallet and store credit alone. */
    public static final String BALANCE = "balance";

    /** The status of an attempt that never reached the gateway: nothing was charged, and it can be made again. */
    public static final String ABANDONED = "ABANDONED";

    static final String NOT_REACHED_MESSAGE = "This payment did not reach the card processor, so nothing was charged. "
            + "Please pay again.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StockManagement stock;

    @Inject
    EventPublisher events;

    @EJB
    Balances balances;

    /** An attempt to charge an order: its key and amount, or {@code alreadyPaid} when a charge succeeded before. */
    public record Attempt(long orderId, String orderNumber, String key, BigDecimal amount, String currency,
            boolean alreadyPaid) {
    }

    public Attempt begin(UUID checkoutToken, String actor) {
        Order order = OrderLocks.lockByCheckout(em, checkoutToken);
        if (order == null) {
            throw new DomainException("We could not find this order; please check out again.");
        }
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
            balances.spendAgain(order.id()); // the failed payment gave the balance's part back too
        }
        // paying again with the same key: a pending attempt is fresh again (the reconciliation leaves it alone while
        // the gateway is being called), and one closed as never having reached the gateway is opened again
        em.createNativeQuery("insert into payment (order_id, idempotency_key, status, amount, currency, gateway, "
                        + "created_at, updated_at) values (?, ?, 'PENDING', ?, ?, 'sandbox', ?, ?) "
                        + "on conflict (idempotency_key) do update set status = 'PENDING', failure_code = null, "
                        + "failure_message = null, booked_by = null, updated_at = excluded.updated_at "
                        + "where payment.status in ('PENDING', 'ABANDONED')")
                .setParameter(1, order.id()).setParameter(2, order.paymentKey())
                .setParameter(3, order.cardDue()).setParameter(4, order.totals().currency())
                .setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        return new Attempt(order.id(), order.number(), order.paymentKey(), order.cardDue(),
                order.totals().currency(), false);
    }

    /**
     * The customer's balance paid the whole order (in the transaction that placed it): books a successful payment of
     * gateway {@value #BALANCE} and publishes "Payment Processed", so the order is confirmed like one paid by card.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public PaymentOutcome paidFromBalance(long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order.status() != OrderStatus.AWAITING_PAYMENT || order.balancePaid().signum() == 0
                || order.cardDue().signum() != 0) {
            throw new IllegalStateException("Order " + order.number() + " is not paid in full by the balance");
        }
        Instant now = clock.instant();
        long paymentId = ((Number) em.createNativeQuery("insert into payment (order_id, idempotency_key, status, "
                        + "amount, currency, gateway, created_at, updated_at) "
                        + "values (?, ?, 'SUCCEEDED', ?, ?, ?, ?, ?) returning id")
                .setParameter(1, order.id()).setParameter(2, order.number() + "-" + BALANCE)
                .setParameter(3, order.totals().total()).setParameter(4, order.totals().currency())
                .setParameter(5, BALANCE).setParameter(6, now.atOffset(ZoneOffset.UTC))
                .setParameter(7, now.atOffset(ZoneOffset.UTC)).getSingleResult()).longValue();
        events.publish(Destinations.PAYMENT_PROCESSED, new PaymentProcessed(UUID.randomUUID(), now, order.id(),
                order.number(), paymentId, order.totals().total(), order.totals().currency()));
        return new PaymentOutcome(true, order.number(), null);
    }

    /**
     * Books the gateway's answer once; a second call for the same attempt changes nothing. An attempt the
     * reconciliation closed as never having reached the gateway is booked after all: the gateway's answer is what
     * happened.
     */
    public PaymentOutcome record(Attempt attempt, PaymentGateway.ChargeResult result, String actor) {
        Order order = OrderLocks.lock(em, attempt.orderId());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, status, failure_message from payment "
                + "where idempotency_key = ? for update").setParameter(1, attempt.key()).getResultList();
        Object[] payment = rows.get(0);
        if (!"PENDING".equals(payment[1]) && !ABANDONED.equals(payment[1])) {
            return new PaymentOutcome("SUCCEEDED".equals(payment[1]) || "REFUNDED".equals(payment[1]),
                    attempt.orderNumber(), (String) payment[2]);
        }
        return book(order, ((Number) payment[0]).longValue(), attempt, result, actor);
    }

    /**
     * The card payments pending since before {@code pendingBefore} (their last attempt), oldest first, at most
     * {@code max}: those the reconciliation looks up.
     */
    public List<Long> pendingBefore(Instant pendingBefore, int max) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from payment where status = 'PENDING' and gateway <> ? "
                        + "and updated_at < ? order by updated_at, id")
                .setParameter(1, BALANCE).setParameter(2, pendingBefore.atOffset(ZoneOffset.UTC))
                .setMaxResults(max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Settles a card payment still pending after {@code grace}, from the gateway's record of its key, in its own
     * transaction under the locks of its order and its row: charged is booked as a success ("Payment Processed"),
     * declined or failed as a failed payment (the order to payment failed, its items and balance given back), and a
     * key the gateway never saw closes the attempt as {@value #ABANDONED} (nothing charged; the order can be paid
     * again, with the same key). {@code actor} is who books it, in the payment and the order's history. Empty when
     * the payment is no longer due: booked meanwhile, or the customer is paying again right now. The look-up changes
     * nothing at the gateway, so it may run under the locks.
     */
    public Optional<ReconciledPayment> reconcile(long paymentId, PaymentGateway gateway, Duration grace,
            String actor) {
        long orderId = ((Number) em.createNativeQuery("select order_id from payment where id = ?")
                .setParameter(1, paymentId).getSingleResult()).longValue();
        Order order = OrderLocks.lock(em, orderId);
        Object[] payment = (Object[]) em.createNativeQuery("select idempotency_key, status, amount, currency, "
                + "updated_at from payment where id = ? for update").setParameter(1, paymentId).getSingleResult();
        if (!"PENDING".equals(payment[1])
                || !Reconciliation.due(NativeSql.instant(payment[4]), clock.instant(), grace)) {
            return Optional.empty();
        }
        String key = (String) payment[0];
        Optional<PaymentGateway.ChargeResult> atGateway = gateway.lookup(key);
        String status = switch (Reconciliation.verdict(atGateway)) {
            case CHARGED, REFUSED -> {
                book(order, paymentId, new Attempt(order.id(), order.number(), key, (BigDecimal) payment[2],
                        ((String) payment[3]).strip(), false), atGateway.get(), actor);
                yield atGateway.get().outcome();
            }
            case NOT_REACHED -> {
                em.createNativeQuery("update payment set status = ?, failure_code = 'not_reached', "
                                + "failure_message = ?, booked_by = ?, updated_at = ? where id = ?")
                        .setParameter(1, ABANDONED).setParameter(2, NOT_REACHED_MESSAGE).setParameter(3, actor)
                        .setParameter(4, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(5, paymentId)
                        .executeUpdate();
                yield ABANDONED;
            }
            case UNDECIDED -> "PENDING";
        };
        return Optional.of(new ReconciledPayment(order.number(), key, status));
    }

    /**
     * Books the gateway's answer to a pending attempt, under the locks of its order and its row: the payment's
     * outcome, and "Payment Processed" for a success; for a refusal, an order awaiting payment moves to payment failed
     * and gives its items and what the balance paid back.
     */
    private PaymentOutcome book(Order order, long paymentId, Attempt attempt, PaymentGateway.ChargeResult result,
            String actor) {
        em.createNativeQuery("update payment set status = ?, charge_id = ?, card_brand = ?, card_last4 = ?, "
                        + "failure_code = ?, failure_message = ?, booked_by = ?, updated_at = ? where id = ?")
                .setParameter(1, result.outcome()).setParameter(2, result.chargeId()).setParameter(3, result.brand())
                .setParameter(4, result.last4()).setParameter(5, result.code()).setParameter(6, result.message())
                .setParameter(7, actor).setParameter(8, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(9, paymentId).executeUpdate();
        if (result.succeeded()) {
            events.publish(Destinations.PAYMENT_PROCESSED, new PaymentProcessed(UUID.randomUUID(), clock.instant(),
                    attempt.orderId(), attempt.orderNumber(), paymentId, attempt.amount(), attempt.currency()));
            return new PaymentOutcome(true, attempt.orderNumber(), null);
        }
        if (order.status() == OrderStatus.AWAITING_PAYMENT) {
            order.paymentFailed(result.message(), actor, clock.instant());
            stock.releaseHold(order.number());
            balances.giveBack(order.id(), "the card payment failed");
        }
        return new PaymentOutcome(false, attempt.orderNumber(), result.message());
    }

    /**
     * Gives back everything an order was paid with (once), e.g. when its stock was gone after payment or the customer
     * cancelled: the card's charge in full through the gateway, and what the customer's balance paid back to their
     * balance, each publishing "Refund Processed" when it went back now. {@code reason} is for the customer. Returns
     * the amount given back (0 when nothing was paid).
     */
    public BigDecimal refundOrder(long orderId, PaymentGateway gateway, String reason) {
        Object[] payment = payment(orderId);
        BigDecimal back = refundBalance(orderId, reason);
        if (payment == null) {
            return back;
        }
        if (BALANCE.equals(payment[4])) {
            // the balance paid it all and has it back: nothing went through the gateway
            em.createNativeQuery("update payment set status = 'REFUNDED', refunded_amount = amount, updated_at = ? "
                    + "where id = ?").setParameter(1, clock.instant().atOffset(ZoneOffset.UTC))
                    .setParameter(2, payment[0]).executeUpdate();
            return back;
        }
        BigDecimal amount = (BigDecimal) payment[2];
        refund(orderId, payment, amount, "refund-" + payment[0], gateway, reason);
        return back.add(amount);
    }

    /**
     * Refunds part (or all) of an order's card payment once per {@code key} and publishes "Refund Processed"; a
     * repeat of the key changes nothing. Refused when more would go back than the card was charged.
     */
    public void refundPart(long orderId, BigDecimal amount, String key, PaymentGateway gateway, String reason) {
        Object[] payment = payment(orderId);
        if (payment == null || BALANCE.equals(payment[4])) {
            throw new DomainException("Order " + orderId + " has no card payment to refund.");
        }
        refund(orderId, payment, amount, key, gateway, reason);
    }

    /** What the order took from the customer's balance goes back to it (once), with "Refund Processed". */
    private BigDecimal refundBalance(long orderId, String reason) {
        BalanceSplit back = balances.giveBack(orderId, "the order was cancelled");
        if (back.balance().signum() == 0) {
            return BigDecimal.ZERO;
        }
        Order order = em.find(Order.class, orderId);
        String destination = back.wallet().signum() == 0 ? "STORE_CREDIT"
                : back.storeCredit().signum() == 0 ? "WALLET" : "BALANCE";
        events.publish(Destinations.REFUND_PROCESSED, new RefundProcessed(UUID.randomUUID(), clock.instant(), orderId,
                order.number(), order.email(), back.balance(), order.totals().currency(), destination, reason));
        return back.balance();
    }

    /**
     * The order's successful payment, locked: id, charge id, amount, refunded so far, gateway; null when there is
     * none.
     */
    private Object[] payment(long orderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, charge_id, amount, refunded_amount, gateway "
                + "from payment where order_id = ? and status in ('SUCCEEDED', 'REFUNDED') for update")
                .setParameter(1, orderId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    private void refund(long orderId, Object[] payment, BigDecimal amount, String key, PaymentGateway gateway,
            String reason) {
        long paymentId = ((Number) payment[0]).longValue();
        boolean booked = !em.createNativeQuery("select 1 from payment_refund where idempotency_key = ?")
                .setParameter(1, key).getResultList().isEmpty();
        BigDecimal refunded = (BigDecimal) payment[3];
        if (booked || amount.signum() <= 0) {
            return;
        }
        if (refunded.add(amount).compareTo((BigDecimal) payment[2]) > 0) {
            if (refunded.compareTo((BigDecimal) payment[2]) == 0 && key.equals("refund-" + paymentId)) {
                return; // refunded in full before this table existed
            }
            throw new DomainException("Refunding " + amount.toPlainString() + " would give back more than was "
                    + "charged (" + ((BigDecimal) payment[2]).toPlainString() + ", of which "
                    + refunded.toPlainString() + " refunded already).");
        }
        PaymentGateway.RefundResult result = gateway.refund(key, (String) payment[1], amount);
        if (!result.succeeded()) {
            throw new IllegalStateException("The refund of payment " + paymentId + " failed: " + result.message());
        }
        Instant now = clock.instant();
        em.createNativeQuery("insert into payment_refund (payment_id, idempotency_key, amount, refund_id, created_at) "
                        + "values (?, ?, ?, ?, ?)").setParameter(1, paymentId).setParameter(2, key)
                .setParameter(3, amount).setParameter(4, result.refundId())
                .setParameter(5, now.atOffset(ZoneOffset.UTC)).executeUpdate();
        em.createNativeQuery("update payment set refunded_amount = refunded_amount + ?, refund_id = ?, status = "
                        + "case when refunded_amount + ? >= amount then 'REFUNDED' else status end, updated_at = ? "
                        + "where id = ?")
                .setParameter(1, amount).setParameter(2, result.refundId()).setParameter(3, amount)
                .setParameter(4, now.atOffset(ZoneOffset.UTC)).setParameter(5, paymentId).executeUpdate();
        Order order = em.find(Order.class, orderId);
        events.publish(Destinations.REFUND_PROCESSED, new RefundProcessed(UUID.randomUUID(), now, orderId,
                order.number(), order.email(), amount, order.totals().currency(), "CARD", reason));
    }
}
