package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import shop.agora.core.order.control.Totals;
import shop.agora.core.order.entity.Order;

/**
 * An order as its customer sees it: status (and why, when it failed or was cancelled), items, destination, totals,
 * the status timeline, the payment attempts (card brand and last four digits only) and the parcels with their
 * tracking timelines. {@code balancePaid}: what the customer's wallet and store credit pay of the total (0 when they
 * were not used); {@code balanceGivenBack}: that part is back in their balance (the payment failed, the order was
 * cancelled); {@code guest}: placed without an account, so that a guest who tracks it by number and email may also
 * cancel and pay for it (an account's orders are acted on signed in).
 */
public record OrderView(long id, String number, String status, String statusReason, Instant placedAt,
        Instant updatedAt, String email, Order.Destination destination, String shippingMethod, Totals totals,
        List<Line> lines, List<Step> timeline, List<Payment> payments, List<Parcel> parcels, Instant deliveredAt,
        BigDecimal balancePaid, boolean balanceGivenBack, boolean guest) implements Serializable {

    public record Line(long skuId, String productName, String productSlug, String skuCode, String skuLabel,
            BigDecimal unitPrice, int quantity, BigDecimal lineTotal) implements Serializable {
    }

    /** One transition: {@code from} is null for the first step. */
    public record Step(Instant at, String from, String to, String actor, String note) implements Serializable {
    }

    public record Payment(Instant at, String status, BigDecimal amount, String brand, String last4, String message)
            implements Serializable {
    }

    /** A parcel: its carrier, tracking number, status, what is in it and the carrier's scans, oldest first. */
    public record Parcel(long id, String number, String carrier, String trackingNumber, String status,
            List<String> items, List<Scan> scans) implements Serializable {
    }

    public record Scan(Instant at, String status, String location, String description) implements Serializable {
    }

    /** The customer may still cancel it: nothing has been picked up by the carrier yet. */
    public boolean cancellable() {
        return "AWAITING_PAYMENT".equals(status) || "PAYMENT_FAILED".equals(status) || "PAID".equals(status)
                || "CONFIRMED".equals(status);
    }

    /** Cancelled after a charge whose refund is not booked yet, or before the balance's part went back. */
    public boolean refundUnderWay() {
        return "CANCELLED".equals(status) && (payments.stream().anyMatch(p -> "SUCCEEDED".equals(p.status()))
                || paidFromBalance() && !balanceGivenBack);
    }

    /** The customer can (still, or again) pay for it: it awaits payment and no payment went through yet. */
    public boolean payable() {
        return OrderDue.payable(status, payments.stream().anyMatch(p -> "SUCCEEDED".equals(p.status())));
    }

    /** Whether the customer's wallet and store credit pay (part of) it. */
    public boolean paidFromBalance() {
        return balancePaid.signum() > 0;
    }

    /** What the card pays: the total less what the balance pays. */
    public BigDecimal cardDue() {
        return totals.total().subtract(balancePaid);
    }

    /**
     * The status to show the customer: "PAYMENT_RECEIVED" for an order whose payment went through while its
     * confirmation is still on its way (it says "awaiting payment" only until then), otherwise the status.
     */
    public String shownStatus() {
        return "AWAITING_PAYMENT".equals(status) && payments.stream().anyMatch(p -> "SUCCEEDED".equals(p.status()))
                ? "PAYMENT_RECEIVED" : status;
    }

    /** Still on its way to confirmed (or to refunded, once cancelled): a page shows the status live until then. */
    public boolean settling() {
        return "AWAITING_PAYMENT".equals(status) && payments.stream().anyMatch(p -> "SUCCEEDED".equals(p.status()))
                || "PAID".equals(status) || refundUnderWay() || "REFUND_PENDING".equals(status);
    }
}
