package shop.agora.it.probe;

import java.time.Instant;
import java.util.UUID;
import shop.agora.core.events.DomainEvent;

/** A test event: an id and a note. */
public record ProbeEvent(UUID eventId, Instant occurredAt, String note) implements DomainEvent {

    public static ProbeEvent of(String note) {
        return new ProbeEvent(UUID.randomUUID(), Instant.now(), note);
    }
}
