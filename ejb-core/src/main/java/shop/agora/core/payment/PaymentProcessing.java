package shop.agora.core.payment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.payment.control.CardCheck;

/**
 * Paying for an order: the card details are checked first (no gateway call for a mistyped number), the attempt is
 * recorded, the gateway charges with the attempt's idempotency key (a double submit or a retry never charges twice),
 * and the answer is booked: "Payment Processed" on success, payment failed (items and balance released) otherwise.
 * The card is charged what the customer's balance does not pay. Only the gateway's token, the brand and the last
 * four digits are kept; the number and CVC are neither stored nor logged. The order is named by its checkout token,
 * which only the session that placed it knows; by its number for a signed-in customer's own order; or, for a guest's
 * order, by its number and the email it was placed with.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
public class PaymentProcessing {

    @EJB
    PaymentLedger ledger;

    @EJB
    PaymentGateway gateway;

    @EJB
    OrderTracking orders;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentOutcome pay(@NotNull UUID checkoutToken, @NotNull CardDetails card) {
        check(card);
        return charge(checkoutToken, card);
    }

    /**
     * A guest pays an order they found by its number and the email it was placed with (the tracking page), in any
     * session: both must match, and the order must be a guest's (a customer account's orders are paid signed in).
     * Otherwise as {@link #pay}.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentOutcome payTracked(@NotNull String number, @NotNull String email, @NotNull CardDetails card) {
        check(card);
        return charge(orders.guestCheckout(number, email), card);
    }

    /**
     * A signed-in customer pays one of their orders named by its number (from "My orders"), in any session; an order
     * of another account or of a guest is refused as not found. Otherwise as {@link #pay}.
     */
    @RolesAllowed(Role.Names.CUSTOMER)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PaymentOutcome payMine(@NotNull String number, @NotNull CardDetails card) {
        check(card);
        return charge(orders.accountCheckout(number, context.getCallerPrincipal().getName()), card);
    }

    private void check(CardDetails card) {
        Map<String, String> problems = CardCheck.problems(card, YearMonth.now(clock.withZone(ZoneOffset.UTC)));
        if (!problems.isEmpty()) {
            throw new CardProblems(problems);
        }
    }

    private PaymentOutcome charge(UUID checkoutToken, CardDetails card) {
        String actor = actor();
        PaymentLedger.Attempt attempt = ledger.begin(checkoutToken, actor);
        if (attempt.alreadyPaid()) {
            return new PaymentOutcome(true, attempt.orderNumber(), null);
        }
        PaymentGateway.ChargeResult result = gateway.charge(attempt.key(), attempt.amount(), attempt.currency(),
                card);
        return ledger.record(attempt, result, "payment gateway");
    }

    /**
     * The customer's balance paid the whole order, in the transaction that placed it: the order is paid now, with no
     * card, and "Payment Processed" confirms it as it would a card payment.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public PaymentOutcome payFromBalance(long orderId) {
        return ledger.paidFromBalance(orderId);
    }

    /**
     * Gives an order's payment back in full (once): the card's part to the card, the balance's part to the customer's
     * balance, each with "Refund Processed"; returns the amount given back (0 when nothing was paid). {@code reason}
     * tells the customer why.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public BigDecimal refundOrder(long orderId, @NotNull String reason) {
        return ledger.refundOrder(orderId, gateway, reason);
    }

    /** Gives {@code amount} of an order's card payment back (once per key) and publishes "Refund Processed". */
    @RolesAllowed(Role.Names.SYSTEM)
    public void refundPart(long orderId, @NotNull BigDecimal amount, @NotNull String key, @NotNull String reason) {
        ledger.refundPart(orderId, amount, key, gateway, reason);
    }

    private String actor() {
        String name = context.getCallerPrincipal().getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? "guest" : name;
    }
}
