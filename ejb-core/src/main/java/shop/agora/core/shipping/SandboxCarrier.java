package shop.agora.core.shipping;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;
import shop.agora.core.shipping.control.TrackingNumbers;
import shop.agora.core.shipping.entity.ShipmentStatus;

/**
 * The default carrier: a carrier's test environment. It registers parcels with S10 tracking numbers and moves each
 * one on a fixed schedule counted from its registration, {@code agora.carrier.sandbox.step-minutes} (default 5) per
 * step: picked up after one step, in transit after two, delivered after four. A cancelled parcel stops where it was.
 * Like a real carrier it keeps its own register (table {@code sandbox_parcel}, written in its own transaction, as a
 * remote system would), so a replayed idempotency key returns the same parcel even after a restart.
 */
@Stateless
@Local(ShippingProvider.class)
@RolesAllowed(Role.Names.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxCarrier implements ShippingProvider {

    public static final String NAME = "Agora Sandbox Post";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "agora.carrier.sandbox.step-minutes", defaultValue = "5")
    int stepMinutes;

    @Override
    public Registration register(String idempotencyKey, Parcel parcel) {
        @SuppressWarnings("unchecked")
        List<Object> earlier = em.createNativeQuery("select tracking_number from sandbox_parcel "
                + "where idempotency_key = ?").setParameter(1, idempotencyKey).getResultList();
        if (!earlier.isEmpty()) {
            return new Registration(NAME, (String) earlier.get(0));
        }
        if (parcel.to().postalCode().isBlank() || parcel.to().city().isBlank()) {
            throw new DomainException("The carrier needs a postal code and a city to deliver parcel "
                    + parcel.reference() + ".");
        }
        long serial = ((Number) em.createNativeQuery("select nextval('sandbox_parcel_seq')").getSingleResult())
                .longValue() % 100_000_000L;
        String trackingNumber = TrackingNumbers.s10("AG", serial, "NL");
        int inserted = em.createNativeQuery("insert into sandbox_parcel (tracking_number, idempotency_key, from_city, "
                        + "to_city, registered_at) values (?, ?, ?, ?, ?) on conflict (idempotency_key) do nothing")
                .setParameter(1, trackingNumber).setParameter(2, idempotencyKey).setParameter(3, parcel.from().city())
                .setParameter(4, parcel.to().city()).setParameter(5, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (inserted == 0) { // registered at the same moment by another call with the same key
            return new Registration(NAME, (String) em.createNativeQuery("select tracking_number from sandbox_parcel "
                    + "where idempotency_key = ?").setParameter(1, idempotencyKey).getSingleResult());
        }
        return new Registration(NAME, trackingNumber);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<TrackingEvent> track(String trackingNumber) {
        return trackAll(List.of(trackingNumber)).get(trackingNumber);
    }

    /** Several parcels in one request (one query), as carriers' tracking APIs take them. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<String, List<TrackingEvent>> trackAll(List<String> trackingNumbers) {
        Map<String, List<TrackingEvent>> scans = new LinkedHashMap<>();
        if (trackingNumbers.isEmpty()) {
            return scans;
        }
        trackingNumbers.forEach(number -> scans.put(number, List.of()));
        Query query = em.createNativeQuery("select tracking_number, from_city, to_city, registered_at, cancelled_at "
                + "from sandbox_parcel where tracking_number in ("
                + String.join(", ", Collections.nCopies(trackingNumbers.size(), "?")) + ")");
        for (int i = 0; i < trackingNumbers.size(); i++) {
            query.setParameter(i + 1, trackingNumbers.get(i));
        }
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] parcel : rows) {
            scans.put((String) parcel[0], scans((String) parcel[1], (String) parcel[2], NativeSql.instant(parcel[3]),
                    parcel[4] == null ? null : NativeSql.instant(parcel[4]), now));
        }
        return scans;
    }

    /** A parcel's scans so far, by the schedule counted from its registration. */
    private List<TrackingEvent> scans(String from, String to, Instant registered, Instant cancelled, Instant now) {
        Duration step = Duration.ofMinutes(Math.max(1, stepMinutes));
        List<TrackingEvent> events = new ArrayList<>();
        events.add(new TrackingEvent(registered, ShipmentStatus.LABEL_CREATED.name(), from,
                "Label created, parcel announced"));
        Object[][] schedule = {
            {1, ShipmentStatus.PICKED_UP, from, "Picked up by the carrier"},
            {2, ShipmentStatus.IN_TRANSIT, to, "Arrived at the delivery depot"},
            {4, ShipmentStatus.DELIVERED, to, "Delivered"}};
        for (Object[] next : schedule) {
            Instant at = registered.plus(step.multipliedBy((Integer) next[0]));
            if (at.isAfter(now) || cancelled != null && !at.isBefore(cancelled)) {
                break;
            }
            events.add(new TrackingEvent(at, ((ShipmentStatus) next[1]).name(), (String) next[2], (String) next[3]));
        }
        if (cancelled != null) {
            events.add(new TrackingEvent(cancelled, ShipmentStatus.CANCELLED.name(), from,
                    "Parcel withdrawn by the sender"));
        }
        return events;
    }

    @Override
    public void cancel(String trackingNumber) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object> registered = em.createNativeQuery("select registered_at from sandbox_parcel "
                + "where tracking_number = ? for update").setParameter(1, trackingNumber).getResultList();
        if (registered.isEmpty()) {
            throw new DomainException("The carrier knows no parcel " + trackingNumber + ".");
        }
        if (!NativeSql.instant(registered.get(0)).plus(Duration.ofMinutes(Math.max(1, stepMinutes))).isAfter(now)) {
            throw new DomainException("Parcel " + trackingNumber + " was already picked up.");
        }
        em.createNativeQuery("update sandbox_parcel set cancelled_at = coalesce(cancelled_at, ?) "
                + "where tracking_number = ?").setParameter(1, now.atOffset(ZoneOffset.UTC))
                .setParameter(2, trackingNumber).executeUpdate();
    }
}
