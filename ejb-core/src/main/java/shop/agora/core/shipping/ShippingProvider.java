package shop.agora.core.shipping;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parcel carrier. The platform talks to it only through this interface; the default is {@link SandboxCarrier},
 * which behaves like a carrier's test environment. Registering carries an idempotency key: the same key twice gives
 * the same parcel and tracking number, never a second parcel.
 */
public interface ShippingProvider {

    /** Registers a parcel for pick-up and returns its tracking number. */
    Registration register(String idempotencyKey, Parcel parcel);

    /** Everything the carrier reports about a parcel so far, oldest first. */
    List<TrackingEvent> track(String trackingNumber);

    /**
     * What the carrier reports about each of several parcels ({@link #track}), by tracking number; a parcel it does
     * not know has no scans. Carriers' tracking APIs take many parcels in one request: an implementation sends one
     * (this default asks about one parcel after another).
     */
    default Map<String, List<TrackingEvent>> trackAll(List<String> trackingNumbers) {
        Map<String, List<TrackingEvent>> scans = new LinkedHashMap<>();
        for (String trackingNumber : trackingNumbers) {
            scans.put(trackingNumber, track(trackingNumber));
        }
        return scans;
    }

    /** Withdraws a parcel that was not picked up (its label becomes void). */
    void cancel(String trackingNumber);

    record Address(String name, String street, String postalCode, String city, String country) {
    }

    record Parcel(String reference, Address from, Address to, int weightGrams, String service) {
    }

    record Registration(String carrier, String trackingNumber) {
    }

    /** One scan of a parcel; {@code status} is a {@link shop.agora.core.shipping.entity.ShipmentStatus} name. */
    record TrackingEvent(Instant at, String status, String location, String description) {
    }
}
