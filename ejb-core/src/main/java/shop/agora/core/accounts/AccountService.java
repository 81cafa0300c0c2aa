package shop.agora.core.accounts;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.accounts.control.PasswordHasher;
import shop.agora.core.accounts.entity.Account;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.shared.DomainException;
import shop.agora.core.events.CustomerRegistered;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;

/**
 * Accounts: customers register, everyone signs in. Signing in and registering are open to anonymous callers; all
 * else requires a signed-in caller.
 */
@Stateless
public class AccountService {

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Resource
    EJBContext context;

    /** Checks an email and password; an unknown email costs as much time as a wrong password. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CallerIdentity> authenticate(String email, String password) {
        if (email == null || password == null || email.isBlank() || password.isEmpty() || password.length() > 128) {
            return Optional.empty();
        }
        Optional<Account> found = findByEmail(email);
        if (found.isEmpty()) {
            hasher.simulateCheck(password);
            return Optional.empty();
        }
        Account account = found.get();
        if (!hasher.matches(password, account.passwordHash()) || !account.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new CallerIdentity(account.id(), account.email(), account.displayName(), account.role(),
                account.merchant() == null ? null : account.merchant().id()));
    }

    /** Creates a customer account and tells the other components ("Customer Registered"). */
    @PermitAll
    public AccountView registerCustomer(@NotNull @Valid NewAccount registration) {
        if (findByEmail(registration.email()).isPresent()) {
            hasher.simulateCheck(registration.password());
            throw new RegistrationRefusedException();
        }
        Account account = Account.customer(registration.email(), hasher.hash(registration.password()),
                registration.displayName(), clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            // another registration with the same email committed in the meantime (unique index on email)
            throw new RegistrationRefusedException();
        }
        events.publish(Destinations.CUSTOMER_REGISTERED, new CustomerRegistered(UUID.randomUUID(), clock.instant(),
                account.id(), account.email(), account.displayName()));
        return AccountView.of(account);
    }

    /** The signed-in caller's own account. */
    @RolesAllowed({Role.Names.CUSTOMER, Role.Names.MERCHANT, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AccountView currentAccount() {
        String email = context.getCallerPrincipal().getName();
        return findByEmail(email).map(AccountView::of)
                .orElseThrow(() -> new IllegalStateException("No account for the signed-in caller " + email));
    }

    Optional<Account> findByEmail(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email))
                .getResultStream()
                .findFirst();
    }

    /**
     * Customer accounts for the back office, newest first; {@code search} matches the email or the name (blank:
     * all). At most {@code max} (up to 200).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<CustomerRow> customers(String search, int max) {
        String wanted = search == null || search.isBlank() ? "%"
                : "%" + search.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select a.id, a.email, a.display_name, a.created_at, "
                        + "(select count(*) from customer_order o where o.account_id = a.id), a.premium "
                        + "from account a where a.role = 'CUSTOMER' and (lower(a.email) like ? "
                        + "or lower(a.display_name) like ?) order by a.id desc")
                .setParameter(1, wanted).setParameter(2, wanted).setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
        return rows.stream().map(r -> new CustomerRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                shop.agora.core.shared.NativeSql.instant(r[3]), ((Number) r[4]).longValue(),
                Boolean.TRUE.equals(r[5]))).toList();
    }

    /** Makes a customer premium (a larger share back in the partial refund period) or not. */
    @RolesAllowed(Role.Names.ADMIN)
    public void setPremium(long customerId, boolean premium) {
        int updated = em.createNativeQuery("update account set premium = ? where id = ? and role = 'CUSTOMER'")
                .setParameter(1, premium).setParameter(2, customerId).executeUpdate();
        if (updated == 0) {
            throw new DomainException("There is no such customer.");
        }
    }
}
