package shop.agora.core.order;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import shop.agora.core.order.entity.Order;

/**
 * Locks an order's row for the rest of the transaction with one statement and reads the order plainly. A lock through
 * JPA ({@code find} or a query with {@code PESSIMISTIC_WRITE}) makes EclipseLink refresh the order and read all its
 * collections, its lines and its whole history, whether they are used or not; here each list is read when it is
 * used. Call it before the order is read in the transaction, so that what is read is what the lock protects; orders
 * are not in the shared cache, so the read after the lock comes from the database (were they ever cached, this would
 * have to refresh).
 */
public final class OrderLocks {

    private OrderLocks() {
    }

    /** The order, locked; null when there is none with this id. */
    public static Order lock(EntityManager em, long orderId) {
        return read(em, em.createNativeQuery("select id from customer_order where id = ? for update")
                .setParameter(1, orderId).getResultList());
    }

    /** The order placed by this checkout, locked; null when there is none. */
    public static Order lockByCheckout(EntityManager em, UUID checkoutToken) {
        return read(em, em.createNativeQuery("select id from customer_order where checkout_token = cast(? as uuid) "
                + "for update").setParameter(1, checkoutToken.toString()).getResultList());
    }

    /** The order of this parcel, locked; null when there is no such parcel. */
    public static Order lockOfShipment(EntityManager em, long shipmentId) {
        return read(em, em.createNativeQuery("select id from customer_order "
                + "where id = (select order_id from shipment where id = ?) for update").setParameter(1, shipmentId)
                .getResultList());
    }

    private static Order read(EntityManager em, List<?> ids) {
        return ids.isEmpty() ? null : em.find(Order.class, ((Number) ids.get(0)).longValue());
    }
}
