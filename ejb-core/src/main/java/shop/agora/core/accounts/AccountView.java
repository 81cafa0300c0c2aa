package shop.agora.core.accounts;

import java.time.Instant;
import shop.agora.core.accounts.entity.Account;
import shop.agora.core.accounts.entity.Role;

/** An account as pages show it: never the password hash. */
public record AccountView(long id, String email, String displayName, Role role, Long merchantId,
        String merchantName, boolean enabled, Instant createdAt) {

    public static AccountView of(Account account) {
        var merchant = account.merchant();
        return new AccountView(account.id(), account.email(), account.displayName(), account.role(),
                merchant == null ? null : merchant.id(), merchant == null ? null : merchant.name(),
                account.enabled(), account.createdAt());
    }
}
