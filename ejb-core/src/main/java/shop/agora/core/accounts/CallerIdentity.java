package shop.agora.core.accounts;

import shop.agora.core.accounts.entity.Role;

/** Who has just proved their password: what the web tier's identity store needs, nothing more. */
public record CallerIdentity(long accountId, String email, String displayName, Role role, Long merchantId) {
}
