package shop.agora.core.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened in a component, told to the others over the broker. Implementations are records that
 * carry an id (for idempotent consumers) and what a listener needs, never a JPA entity.
 */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();
}
