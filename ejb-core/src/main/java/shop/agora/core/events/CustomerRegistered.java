package shop.agora.core.events;

import java.time.Instant;
import java.util.UUID;

/** A customer created an account in the storefront. */
public record CustomerRegistered(UUID eventId, Instant occurredAt, long accountId, String email, String displayName)
        implements DomainEvent {
}
