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
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.accounts.control.PasswordHasher;
import shop.agora.core.accounts.entity.Account;
import shop.agora.core.accounts.entity.Role;
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
}
