package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import shop.agora.core.order.control.Totals;

/**
 * An order as its payment page shows it: what is due and whether it can be paid now, without its items, history and
 * parcels (see {@link OrderView} for the whole order). {@code paymentSucceeded}: a payment of it went through already
 * (it is then not paid again, even while its confirmation is on its way); the rest as in {@link OrderView}.
 */
public record OrderDue(String number, String status, Totals totals, BigDecimal balancePaid,
        boolean balanceGivenBack, boolean guest, boolean paymentSucceeded) implements Serializable {

    /** The customer can (still, or again) pay for it: it awaits payment and no payment went through yet. */
    public boolean payable() {
        return payable(status, paymentSucceeded);
    }

    static boolean payable(String status, boolean paymentSucceeded) {
        return ("AWAITING_PAYMENT".equals(status) || "PAYMENT_FAILED".equals(status)) && !paymentSucceeded;
    }

    /** Whether the customer's wallet and store credit pay (part of) it. */
    public boolean paidFromBalance() {
        return balancePaid.signum() > 0;
    }

    /** What the card pays: the total less what the balance pays. */
    public BigDecimal cardDue() {
        return totals.total().subtract(balancePaid);
    }
}
