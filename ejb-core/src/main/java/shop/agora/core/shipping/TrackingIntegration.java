package shop.agora.core.shipping;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.OrderDelivered;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shipping.entity.Shipment;
import shop.agora.core.shipping.entity.ShipmentStatus;

/**
 * Follows the parcels on their way: asks the carrier about the open parcels (those asked least recently first), adds
 * the new scans to their timelines, and moves the order along: shipped when its first parcel is picked up (from then
 * on it cannot be cancelled), fulfilled when every parcel is delivered ("Order Delivered", which sends the delivery
 * email). Each parcel is updated in its own transaction, so one carrier failure does not hold up the others.
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
public class TrackingIntegration {

    private static final Logger LOG = Logger.getLogger(TrackingIntegration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ShippingProvider carrier;

    @EJB
    TrackingIntegration self;

    @Inject
    EventPublisher events;

    /** How many parcels one round asks the carrier about at most. */
    static final int ROUND = 1000;

    /** One round over the open parcels (at most {@link #ROUND}); returns how many changed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int poll() {
        int changed = 0;
        for (long id : due(ROUND)) {
            try {
                if (self.refresh(id)) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Tracking parcel " + id + " failed; the next round tries again", e);
            }
        }
        return changed;
    }

    /**
     * The open parcels in the order the carrier is asked about them: those asked about least recently first (never
     * asked: first of all), so that every parcel gets its turn however many are on their way.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(int limit) {
        @SuppressWarnings("unchecked")
        List<Number> open = em.createNativeQuery("select id from shipment where status in ('LABEL_CREATED', "
                        + "'PICKED_UP', 'IN_TRANSIT') order by tracked_at nulls first, id limit ?")
                .setParameter(1, Math.max(0, limit)).getResultList();
        return open.stream().map(Number::longValue).toList();
    }

    /** Brings one parcel (and its order) up to date with the carrier; true when there was something new. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refresh(long shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId);
        Order order = em.find(Order.class, shipment.orderId(), LockModeType.PESSIMISTIC_WRITE);
        em.lock(shipment, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(shipment);
        if (!shipment.status().open()) {
            return false;
        }
        // bookkeeping of the timer, not a change of the parcel: neither its version nor updated_at moves
        em.createNativeQuery("update shipment set tracked_at = ? where id = ?")
                .setParameter(1, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(2, shipmentId)
                .executeUpdate();
        boolean changed = false;
        for (ShippingProvider.TrackingEvent scan : carrier.track(shipment.trackingNumber())) {
            changed |= shipment.scanned(ShipmentStatus.valueOf(scan.status()), scan.at(), scan.location(),
                    scan.description());
        }
        if (!changed) {
            return false;
        }
        String actor = "carrier " + shipment.carrier();
        if (shipment.status().leftWarehouse() && order.status() == OrderStatus.CONFIRMED) {
            Instant pickedUp = shipment.events().stream().filter(e -> e.status() == ShipmentStatus.PICKED_UP)
                    .map(e -> e.at()).findFirst().orElse(clock.instant());
            order.ship(actor, pickedUp);
        }
        if (order.status() == OrderStatus.SHIPPED) {
            List<Shipment> parcels = em.createQuery("select s from Shipment s where s.orderId = :order "
                    + "and s.status <> :cancelled", Shipment.class).setParameter("order", order.id())
                    .setParameter("cancelled", ShipmentStatus.CANCELLED).getResultList();
            if (parcels.stream().allMatch(p -> p.status() == ShipmentStatus.DELIVERED)) {
                Instant delivered = parcels.stream().map(Shipment::deliveredAt).max(Comparator.naturalOrder())
                        .orElse(clock.instant());
                order.fulfil(actor, delivered);
                events.publish(Destinations.ORDER_DELIVERED, new OrderDelivered(UUID.randomUUID(), clock.instant(),
                        order.id(), order.number(), order.email(), delivered));
            }
        }
        return true;
    }
}
