package shop.agora.core.order;

import jakarta.persistence.EntityManager;
import java.util.Locale;
import java.util.Optional;
import shop.agora.core.order.entity.Order;
import shop.agora.core.shared.DomainException;

/**
 * How a guest names one of their orders: its number and the email it was placed with, always both (a number alone
 * names anyone's order). An order placed in a customer account is that account's: tracking shows it, but acting on it
 * (cancelling, paying) needs its customer signed in.
 */
final class GuestAccess {

    /** The same answer for a wrong number and a wrong email, so that nobody learns which orders exist. */
    static final String NOT_FOUND = "We could not find an order with this number and email.";

    private GuestAccess() {
    }

    /**
     * The order with this number, if it was placed with this email (case and surrounding spaces aside); locked for
     * the rest of the transaction when {@code lock} (see {@link OrderLocks}).
     */
    static Optional<Order> find(EntityManager em, String number, String email, boolean lock) {
        String wanted = email.strip();
        return em.createQuery("select o.id, o.email from Order o where o.number = :number", Object[].class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream()
                .filter(row -> ((String) row[1]).equalsIgnoreCase(wanted)).findFirst()
                .map(row -> lock ? OrderLocks.lock(em, (Long) row[0]) : em.find(Order.class, row[0]));
    }

    /**
     * The guest's order to act on ({@code act}: "cancel it", "pay for it"); refused when the number and email do not
     * match an order, or when the order belongs to a customer account.
     */
    static Order guestOrder(EntityManager em, String number, String email, String act, boolean lock) {
        Order order = find(em, number, email, lock).orElseThrow(() -> new DomainException(NOT_FOUND));
        if (order.accountId() != null) {
            throw new DomainException("Order " + order.number() + " belongs to a customer account: please sign in to "
                    + act + ".");
        }
        return order;
    }
}
