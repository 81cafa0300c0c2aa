package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * Orders as customers follow them: "My orders" for a signed-in customer, the order a checkout just placed (by its
 * secret checkout token), and tracking by order number and email for guests. A customer sees only their own orders;
 * a wrong number or email gives the same "not found" as an unknown order. A guest's order found by number and email
 * can be paid from the tracking page ({@link #guestCheckout}, for PaymentProcessing).
 */
@Stateless
public class OrderTracking {

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @RolesAllowed(Role.Names.CUSTOMER)
    public List<OrderSummary> myOrders() {
        long account = Accounts.callerId(em, context);
        // paid, with the confirmation still on its way: shown as "Payment received", as on the order's own page
        @SuppressWarnings("unchecked")
        java.util.Set<Long> paid = new java.util.HashSet<>(((List<Number>) em.createNativeQuery("select o.id from "
                        + "customer_order o where o.account_id = ? and o.status = 'AWAITING_PAYMENT' and exists "
                        + "(select 1 from payment p where p.order_id = o.id and p.status = 'SUCCEEDED')")
                .setParameter(1, account).getResultList()).stream().map(Number::longValue).toList());
        return em.createQuery("select o from Order o where o.accountId = :account order by o.id desc", Order.class)
                .setParameter("account", account).setMaxResults(200).getResultStream()
                .map(o -> new OrderSummary(o.id(), o.number(),
                        paid.contains(o.id()) ? "PAYMENT_RECEIVED" : o.status().name(), o.createdAt(),
                        o.totals().total(), o.totals().currency(),
                        o.lines().stream().mapToInt(OrderLine::quantity).sum()))
                .toList();
    }

    @RolesAllowed(Role.Names.CUSTOMER)
    public Optional<OrderView> myOrder(@NotNull String number) {
        long account = Accounts.callerId(em, context);
        return byNumber(number).filter(o -> o.belongsTo(account)).map(this::view);
    }

    /** The order placed by a checkout, for its confirmation page (the token is the session's secret). */
    @PermitAll
    public Optional<OrderView> byCheckout(@NotNull UUID checkoutToken) {
        return ofCheckout(checkoutToken).map(this::view);
    }

    /** The order placed by a checkout, as its payment page shows it (what is due, whether it can be paid). */
    @PermitAll
    public Optional<OrderDue> dueByCheckout(@NotNull UUID checkoutToken) {
        return ofCheckout(checkoutToken).map(this::due);
    }

    /** One of the signed-in customer's orders, as its payment page shows it. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public Optional<OrderDue> myOrderDue(@NotNull String number) {
        long account = Accounts.callerId(em, context);
        return byNumber(number).filter(o -> o.belongsTo(account)).map(this::due);
    }

    /** A guest's order by its number and the email it was placed with, as its payment page shows it. */
    @PermitAll
    public Optional<OrderDue> trackDue(@NotNull String number, @NotNull String email) {
        return GuestAccess.find(em, number, email, false).map(this::due);
    }

    /** A guest's order by its number and the email it was placed with. */
    @PermitAll
    public Optional<OrderView> track(@NotNull String number, @NotNull String email) {
        return GuestAccess.find(em, number, email, false).map(this::view);
    }

    /**
     * The checkout token of a guest's order named by its number and email, so that the guest can pay for it from the
     * tracking page; refused ("not found") for a wrong number or email, and for an order of a customer account.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public UUID guestCheckout(@NotNull String number, @NotNull String email) {
        return GuestAccess.guestOrder(em, number, email, "pay for it", false).checkoutToken();
    }

    /**
     * The checkout token of an order of the customer signed in under {@code principal}, so that they can pay for it
     * from their account in any session; refused ("not found") for an order of another account or of a guest.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public UUID accountCheckout(@NotNull String number, @NotNull String principal) {
        Long account = Accounts.customerId(em, principal);
        return byNumber(number).filter(o -> account != null && o.belongsTo(account)).map(Order::checkoutToken)
                .orElseThrow(() -> new DomainException("We cannot find order " + number.strip()
                        + " in your account."));
    }

    private Optional<Order> ofCheckout(UUID checkoutToken) {
        return em.createQuery("select o from Order o where o.checkoutToken = :token", Order.class)
                .setParameter("token", checkoutToken).getResultStream().findFirst();
    }

    private Optional<Order> byNumber(String number) {
        String normalized = number.strip().toUpperCase(Locale.ROOT);
        return em.createQuery("select o from Order o where o.number = :number", Order.class)
                .setParameter("number", normalized).getResultStream().findFirst();
    }

    private OrderDue due(Order o) {
        boolean succeeded = !em.createNativeQuery("select 1 from payment where order_id = ? and status = 'SUCCEEDED'")
                .setParameter(1, o.id()).setMaxResults(1).getResultList().isEmpty();
        return new OrderDue(o.number(), o.status().name(), o.totals(), o.balancePaid(), balanceGivenBack(o),
                o.accountId() == null, succeeded);
    }

    /** The balance's part of the order went back to the customer (the payment failed, the order was cancelled). */
    private boolean balanceGivenBack(Order o) {
        return o.balancePaid().signum() > 0 && Balances.held(em, o.id()).signum() == 0
                && (o.status() == OrderStatus.CANCELLED || o.status() == OrderStatus.PAYMENT_FAILED);
    }

    private OrderView view(Order o) {
        @SuppressWarnings("unchecked")
        List<Object[]> payments = em.createNativeQuery("select created_at, status, amount, card_brand, card_last4, "
                + "failure_message from payment where order_id = ? order by id").setParameter(1, o.id())
                .getResultList();
        return new OrderView(o.id(), o.number(), o.status().name(), o.statusReason(), o.createdAt(), o.updatedAt(),
                o.email(), o.destination(), o.shippingMethod(), o.totals(),
                o.lines().stream().map(l -> new OrderView.Line(l.skuId(), l.productName(), l.productSlug(),
                        l.skuCode(), l.skuLabel(), l.unitPrice(), l.quantity(), l.lineTotal())).toList(),
                o.history().stream().map(h -> new OrderView.Step(h.at(), h.from() == null ? null : h.from().name(),
                        h.to().name(), h.actor(), h.note())).toList(),
                payments.stream().map(p -> new OrderView.Payment(NativeSql.instant(p[0]), (String) p[1],
                        (BigDecimal) p[2], (String) p[3], p[4] == null ? null : ((String) p[4]).strip(),
                        (String) p[5])).toList(),
                Parcels.of(em, o, null), o.deliveredAt(), o.balancePaid(), balanceGivenBack(o), o.accountId() == null);
    }

}
