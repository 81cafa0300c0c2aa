package shop.agora.core.shipping;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.OrderDelivered;
import shop.agora.core.order.OrderLocks;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shared.NativeSql;
import shop.agora.core.shipping.entity.Shipment;
import shop.agora.core.shipping.entity.ShipmentEvent;
import shop.agora.core.shipping.entity.ShipmentStatus;

/**
 * Follows the parcels on their way: asks the carrier about the open parcels that are due (those asked least recently
 * first), adds the new scans to their timelines, and moves the order along: shipped when its first parcel is picked
 * up (from then on it cannot be cancelled), fulfilled when every parcel is delivered ("Order Delivered", which sends
 * the delivery email). A parcel is due again after half the time since its last news, at most
 * {@code agora.tracking.longest-wait-minutes} (default 60) later ({@link TrackingSchedule}): a parcel that just moved
 * is asked about at the next round, one waiting in a depot now and then. Each parcel with news is updated in
 * its own transaction, so one carrier failure does not hold up the others; a parcel whose update failed goes to the
 * back of the line and is due again by the same rule.
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

    @Inject
    @ConfigProperty(name = "agora.tracking.longest-wait-minutes", defaultValue = "60")
    int longestWaitMinutes;

    /** How many parcels one round asks the carrier about at most. */
    static final int ROUND = 1000;

    /**
     * How many parcels one request to the carrier asks about: carriers' tracking APIs take a few dozen at once, each
     * its own number. Read at every round.
     */
    @Inject
    @ConfigProperty(name = "agora.tracking.batch-size", defaultValue = "50")
    Provider<Integer> batchSize;

    /**
     * One round over the open parcels (at most {@link #ROUND}); returns how many changed. The carrier is asked outside
     * any transaction, {@link #batchSize} parcels a request, so no row stays locked while it answers. Most answers
     * bring nothing new (a parcel moves a few times on its way and is asked about more often than that): those parcels
     * only get their next time, all in one statement at the end of the round; only a parcel with news is updated with
     * its order, in its own transaction.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int poll() {
        int changed = 0;
        List<Quiet> quiet = new ArrayList<>();
        List<Open> due = open(ROUND);
        int size = Math.max(1, batchSize.get());
        for (int from = 0; from < due.size(); from += size) {
            List<Open> batch = due.subList(from, Math.min(due.size(), from + size));
            Map<String, List<ShippingProvider.TrackingEvent>> answers;
            try {
                answers = carrier.trackAll(batch.stream().map(Open::trackingNumber).toList());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Tracking " + batch.size() + " parcels failed; they are asked about again "
                        + "later", e);
                batch.forEach(parcel -> putBack(parcel.id()));
                continue;
            }
            for (Open parcel : batch) {
                List<ShippingProvider.TrackingEvent> scans = answers.getOrDefault(parcel.trackingNumber(), List.of());
                if (parcel.knows(scans)) {
                    quiet.add(new Quiet(parcel.id(), parcel.lastNews()));
                    continue;
                }
                try {
                    if (self.update(parcel.id(), scans)) {
                        changed++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Tracking parcel " + parcel.id() + " failed; it is asked about again later",
                            e);
                    putBack(parcel.id());
                }
            }
        }
        if (!quiet.isEmpty()) {
            try {
                self.noNews(quiet);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, quiet.size() + " parcels without news keep their turn: they could not be "
                        + "given their next time", e);
            }
        }
        return changed;
    }

    /** Puts a parcel whose tracking failed back in the line (its next time later). */
    private void putBack(long parcelId) {
        try {
            self.postpone(parcelId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Parcel " + parcelId + " could not be put back in the line", e);
        }
    }

    /**
     * The open parcels that are due, in the order the carrier is asked about them: those asked about least recently
     * first (never asked: first of all), so that every parcel gets its turn however many are on their way. A parcel
     * last asked about "later than now" is due too: the clock was set back since, and its next time with it.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(int limit) {
        return open(limit).stream().map(Open::id).toList();
    }

    /** The due parcels ({@link #due}) with what the platform knows of each: its scans and its latest news. */
    private List<Open> open(int limit) {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.id, s.tracking_number, "
                        + "(select string_agg(e.status, ',') from shipment_event e where e.shipment_id = s.id), "
                        + "coalesce((select max(e.at) from shipment_event e where e.shipment_id = s.id), s.created_at) "
                        + "from shipment s where s.status in ('LABEL_CREATED', 'PICKED_UP', 'IN_TRANSIT') "
                        + "and (s.next_track_at is null or s.next_track_at <= ? or s.tracked_at > ?) "
                        + "order by s.tracked_at nulls first, s.id limit ?")
                .setParameter(1, now).setParameter(2, now).setParameter(3, Math.max(0, limit))
                .getResultList();
        return rows.stream().map(row -> new Open(((Number) row[0]).longValue(), (String) row[1],
                row[2] == null ? Set.of() : Set.of(((String) row[2]).split(",")), NativeSql.instant(row[3])))
                .toList();
    }

    /** A parcel whose update failed: to the back of the line, due again as if nothing new had come. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postpone(long shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId);
        if (shipment != null) {
            asked(shipment);
        }
    }

    /** Parcels the carrier had nothing new about: each is due again after half the time since its latest news. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noNews(List<Quiet> parcels) {
        if (parcels.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Duration longest = longestWait();
        // one statement for the round: a parcel each was a round trip each, most of a quiet round's cost
        em.createNativeQuery("update shipment s set tracked_at = ?, next_track_at = v.next "
                        + "from unnest(cast(? as bigint[]), cast(? as timestamptz[])) as v(id, next) where s.id = v.id")
                .setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, NativeSql.bigints(parcels.stream().map(Quiet::id).toList()))
                .setParameter(3, parcels.stream()
                        .map(parcel -> TrackingSchedule.nextAsk(now, parcel.lastNews(), longest).toString())
                        .collect(Collectors.joining(",", "{", "}")))
                .executeUpdate();
    }

    /** Brings one parcel (and its order) up to date with the carrier; true when there was something new. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean refresh(long shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId);
        return update(shipmentId, carrier.track(shipment.trackingNumber()));
    }

    /**
     * Takes the carrier's scans of one parcel into its timeline and moves its order along; true when there was
     * something new. Scans the parcel already has count once, so an answer taken twice changes nothing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean update(long shipmentId, List<ShippingProvider.TrackingEvent> scans) {
        // the order is locked first, as wherever its parcels change; the plain read of the parcel after the lock sees
        // it as it is
        Order order = OrderLocks.lockOfShipment(em, shipmentId);
        if (order == null) {
            return false;
        }
        Shipment shipment = em.find(Shipment.class, shipmentId);
        if (!shipment.status().open()) {
            return false;
        }
        boolean changed = false;
        for (ShippingProvider.TrackingEvent scan : scans) {
            changed |= shipment.scanned(ShipmentStatus.valueOf(scan.status()), scan.at(), scan.location(),
                    scan.description());
        }
        asked(shipment);
        if (!changed) {
            return false;
        }
        String actor = "carrier " + shipment.carrier();
        if (shipment.status().leftWarehouse() && order.status() == OrderStatus.CONFIRMED) {
            Instant pickedUp = shipment.events().stream().filter(e -> e.status() == ShipmentStatus.PICKED_UP)
                    .map(e -> e.at()).findFirst().orElse(clock.instant());
            order.ship(actor, pickedUp);
        }
        if (order.status() == OrderStatus.SHIPPED && shipment.status() == ShipmentStatus.DELIVERED) {
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

    private Duration longestWait() {
        return Duration.ofMinutes(Math.max(1, longestWaitMinutes));
    }

    /** An open parcel as a round finds it: the statuses of its scans so far, and when it last had news. */
    record Open(long id, String trackingNumber, Set<String> scanned, Instant lastNews) {

        /** True when the carrier's answer holds no scan of a status the parcel does not have yet. */
        boolean knows(List<ShippingProvider.TrackingEvent> scans) {
            return scans.stream().allMatch(scan -> scanned.contains(scan.status()));
        }
    }

    /** A parcel the carrier had nothing new about, and when it last had news. */
    public record Quiet(long id, Instant lastNews) {
    }

    /**
     * Records that the carrier was asked about the parcel now, and when it is due again. Bookkeeping of the timer,
     * not a change of the parcel: neither its version nor updated_at moves.
     */
    private void asked(Shipment shipment) {
        Instant lastNews = shipment.events().stream().map(ShipmentEvent::at).max(Comparator.naturalOrder())
                .orElse(shipment.createdAt());
        asked(shipment.id(), clock.instant(), lastNews);
    }

    private void asked(long shipmentId, Instant now, Instant lastNews) {
        Instant next = TrackingSchedule.nextAsk(now, lastNews, longestWait());
        em.createNativeQuery("update shipment set tracked_at = ?, next_track_at = ? where id = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, next.atOffset(ZoneOffset.UTC))
                .setParameter(3, shipmentId).executeUpdate();
    }
}
