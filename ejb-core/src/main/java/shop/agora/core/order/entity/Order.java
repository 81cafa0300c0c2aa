package shop.agora.core.order.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import shop.agora.core.order.control.Totals;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.Ids;

/**
 * A customer's order. Its status changes only through the methods below, each checked against
 * {@link OrderStatus#next()} and written to the history (when, from, to, by whom, why); anything else is refused
 * with a message that names the order and its status.
 */
@Entity
@Table(name = "customer_order")
public class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_order_id")
    @SequenceGenerator(name = "customer_order_id", sequenceName = "customer_order_id_seq", allocationSize = Ids.BLOCK)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "checkout_token", nullable = false, unique = true)
    private UUID checkoutToken;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrderStatus status;

    @Column(name = "status_reason", length = 300)
    private String statusReason;

    @Column(name = "ship_name", nullable = false, length = 120)
    private String shipName;

    @Column(name = "ship_street", nullable = false, length = 200)
    private String shipStreet;

    @Column(name = "ship_postal_code", nullable = false, length = 20)
    private String shipPostalCode;

    @Column(name = "ship_city", nullable = false, length = 100)
    private String shipCity;

    @Column(name = "ship_country", nullable = false, length = 2)
    private String shipCountry;

    @Column(name = "ship_phone", length = 40)
    private String shipPhone;

    @Column(name = "shipping_method", nullable = false, length = 100)
    private String shippingMethod;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal subtotal;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal shipping;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal tax;

    @Column(name = "tax_rate", nullable = false, precision = 6, scale = 4)
    private BigDecimal taxRate;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "store_credit_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal storeCreditPaid = BigDecimal.ZERO.setScale(2);

    @Column(name = "wallet_paid", nullable = false, precision = 12, scale = 2)
    private BigDecimal walletPaid = BigDecimal.ZERO.setScale(2);

    @Column(name = "payment_attempt", nullable = false)
    private int paymentAttempt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<OrderHistoryEntry> history = new ArrayList<>();

    protected Order() {
    }

    /** A new order awaiting payment; the first history entry says who placed it. */
    public Order(String number, UUID checkoutToken, Long accountId, String email, Destination destination,
            String shippingMethod, List<OrderLine.LineSnapshot> lines, Totals totals, String actor, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.checkoutToken = Objects.requireNonNull(checkoutToken);
        this.accountId = accountId;
        this.email = Objects.requireNonNull(email);
        this.shipName = destination.name();
        this.shipStreet = destination.street();
        this.shipPostalCode = destination.postalCode();
        this.shipCity = destination.city();
        this.shipCountry = destination.country();
        this.shipPhone = destination.phone();
        this.shippingMethod = Objects.requireNonNull(shippingMethod);
        this.currency = totals.currency();
        this.subtotal = totals.subtotal();
        this.shipping = totals.shipping();
        this.tax = totals.tax();
        this.taxRate = totals.taxRate();
        this.total = totals.total();
        this.createdAt = now;
        this.updatedAt = now;
        if (lines.isEmpty()) {
            throw new DomainException("An order needs at least one item.");
        }
        for (OrderLine.LineSnapshot line : lines) {
            this.lines.add(new OrderLine(this, this.lines.size(), line));
        }
        this.status = OrderStatus.AWAITING_PAYMENT;
        this.history.add(new OrderHistoryEntry(this, now, null, OrderStatus.AWAITING_PAYMENT, actor, "Order placed"));
    }

    /** Where the order goes. */
    public record Destination(String name, String street, String postalCode, String city, String country,
            String phone) implements java.io.Serializable {
    }

    /**
     * The customer pays this much of the order with their balance (store credit and wallet); the card pays the rest.
     * Only while the order awaits payment, and never more than its total.
     */
    public void payFromBalance(BigDecimal storeCredit, BigDecimal wallet) {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw new DomainException("Order " + number + " is " + status.words() + ": its payment cannot change.");
        }
        if (storeCredit.signum() < 0 || wallet.signum() < 0 || storeCredit.add(wallet).compareTo(total) > 0) {
            throw new DomainException("Your balance can pay at most the order total of " + total.toPlainString()
                    + " " + currency + ".");
        }
        this.storeCreditPaid = storeCredit;
        this.walletPaid = wallet;
    }

    /** The payment went through ("Payment Processed"). */
    public void markPaid(String actor, Instant now) {
        moveTo(OrderStatus.PAID, actor, null, now);
    }

    /** The stock is sold to this order: it is confirmed and goes to fulfilment. */
    public void confirm(String actor, Instant now) {
        moveTo(OrderStatus.CONFIRMED, actor, null, now);
    }

    /** The card was declined or the payment failed; the customer can pay again. */
    public void paymentFailed(String reason, String actor, Instant now) {
        moveTo(OrderStatus.PAYMENT_FAILED, actor, reason, now);
    }

    /** The customer tries another card: back to awaiting payment, with a new attempt number. */
    public void retryPayment(String actor, Instant now) {
        moveTo(OrderStatus.AWAITING_PAYMENT, actor, "Paying again", now);
    }

    /** The first parcel left the warehouse: from now on the order can no longer be cancelled. */
    public void ship(String actor, Instant now) {
        moveTo(OrderStatus.SHIPPED, actor, null, now);
    }

    /** Everything was delivered: the order is complete, and the refund periods count from now. */
    public void fulfil(String actor, Instant now) {
        moveTo(OrderStatus.FULFILLED, actor, null, now);
        deliveredAt = now;
    }

    /** A refund after delivery is under way at the card processor. */
    public void refundPending(String reason, String actor, Instant now) {
        moveTo(OrderStatus.REFUND_PENDING, actor, reason, now);
    }

    /** The whole order was refunded (to the card, or at once to the wallet). */
    public void refunded(String reason, String actor, Instant now) {
        moveTo(OrderStatus.REFUNDED, actor, reason, now);
    }

    public void partiallyRefunded(String reason, String actor, Instant now) {
        moveTo(OrderStatus.PARTIALLY_REFUNDED, actor, reason, now);
    }

    public void creditIssued(String reason, String actor, Instant now) {
        moveTo(OrderStatus.CREDIT_ISSUED, actor, reason, now);
    }

    public void cancel(String reason, String actor, Instant now) {
        moveTo(OrderStatus.CANCELLED, actor, reason, now);
    }

    /** The key of the current payment attempt: a double submit or a retry of the same attempt reuses it. */
    public String paymentKey() {
        return number + "-" + paymentAttempt;
    }

    private void moveTo(OrderStatus target, String actor, String reason, Instant now) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("Order " + number + " is " + status.words() + " and cannot become "
                    + target.words() + ".");
        }
        history.add(new OrderHistoryEntry(this, now, status, target, actor, reason));
        if (target == OrderStatus.PAYMENT_FAILED) {
            paymentAttempt++;
        }
        status = target;
        statusReason = reason;
        updatedAt = now;
    }

    public boolean belongsTo(Long account) {
        return accountId != null && accountId.equals(account);
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public UUID checkoutToken() {
        return checkoutToken;
    }

    public Long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public OrderStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Destination destination() {
        return new Destination(shipName, shipStreet, shipPostalCode, shipCity, shipCountry, shipPhone);
    }

    public String shippingMethod() {
        return shippingMethod;
    }

    public Totals totals() {
        return new Totals(currency, subtotal, shipping, taxRate, tax, total);
    }

    /** What the customer's store credit pays of this order (0 when they did not use it). */
    public BigDecimal storeCreditPaid() {
        return storeCreditPaid;
    }

    /** What the customer's wallet pays of this order. */
    public BigDecimal walletPaid() {
        return walletPaid;
    }

    /** What the balance pays of this order: store credit and wallet. */
    public BigDecimal balancePaid() {
        return storeCreditPaid.add(walletPaid);
    }

    /** What is left for the card: the total less what the balance pays. */
    public BigDecimal cardDue() {
        return total.subtract(balancePaid());
    }

    public int paymentAttempt() {
        return paymentAttempt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When the last parcel was delivered; null before. */
    public Instant deliveredAt() {
        return deliveredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<OrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<OrderHistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
