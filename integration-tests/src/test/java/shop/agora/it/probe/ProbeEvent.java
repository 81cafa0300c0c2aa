package shop.agora.it.probe;

import java.time.Instant;
import java.util.UUID;
import shop.agora.core.events.OrderEvent;

/** A test event: an id and a note, about an order number when it is given one (for the event log). */
public record ProbeEvent(UUID eventId, Instant occurredAt, String note, String orderNumber) implements OrderEvent {

    public static ProbeEvent of(String note) {
        return new ProbeEvent(UUID.randomUUID(), Instant.now(), note, null);
    }

    public static ProbeEvent about(String orderNumber, String note) {
        return new ProbeEvent(UUID.randomUUID(), Instant.now(), note, orderNumber);
    }
}
