package shop.agora.core.merchants;

import java.time.Instant;

/** A merchant as the back office lists it. */
public record MerchantView(long id, String name, String contactEmail, long users, Instant createdAt) {
}
