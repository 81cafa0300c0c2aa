package shop.agora.core.accounts;

import java.io.Serializable;
import java.time.Instant;

/** A customer account as the back office lists it: who, since when, how many orders, and whether premium. */
public record CustomerRow(long id, String email, String displayName, Instant registeredAt, long orders,
        boolean premium) implements Serializable {
}
