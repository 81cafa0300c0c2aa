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
 * Follows the parcels on their way: asks the carrier about every open parcel, adds the new scans to its timeline,
 * and moves the order along: shipped when its first parcel is picked up (from then on it cannot be cancelled),
 * fulfilled when every parcel is delivered ("Order Delivered", which sends the delivery email). Each parcel is
 * updated in its own transaction, so one carrier failure does not hold up the others.
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

    /** One round over the open parcels; returns how many changed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int poll() {
        List<Long> open = em.createQuery("select s.id from Shipment s where s.status in :open order by s.id",
                        Long.class)
                .setParameter("open", List.of(ShipmentStatus.LABEL_CREATED, ShipmentStatus.PICKED_UP,
                        ShipmentStatus.IN_TRANSIT))
                .setMaxResults(1000).getResultList();
        int changed = 0;
        for (Long id : open) {
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
