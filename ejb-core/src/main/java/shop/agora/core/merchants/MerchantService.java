package shop.agora.core.merchants;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import shop.agora.core.accounts.AccountView;
import shop.agora.core.accounts.NewAccount;
import shop.agora.core.accounts.control.PasswordHasher;
import shop.agora.core.accounts.entity.Account;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.merchants.entity.Merchant;
import shop.agora.core.shared.DomainException;

/** Merchants (shops) and their users. Admins create them; a merchant's user sees only its own merchant. */
@Stateless
public class MerchantService {

    private final PasswordHasher hasher = new PasswordHasher();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    @RolesAllowed(Role.Names.ADMIN)
    public MerchantView createMerchant(@NotNull @Valid NewMerchant form) {
        boolean taken = !em.createQuery("select m.id from Merchant m where lower(m.name) = lower(:name)")
                .setParameter("name", form.name().strip())
                .getResultList().isEmpty();
        if (taken) {
            throw new DomainException("A merchant named \"" + form.name().strip() + "\" already exists.");
        }
        Merchant merchant = new Merchant(form.name(), form.contactEmail(), clock.instant());
        em.persist(merchant);
        em.flush();
        return view(merchant, 0);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<MerchantView> merchants() {
        return em.createQuery("select m, (select count(a) from Account a where a.merchant = m) from Merchant m "
                        + "order by lower(m.name)", Object[].class)
                .getResultList().stream()
                .map(row -> view((Merchant) row[0], ((Number) row[1]).longValue()))
                .toList();
    }

    /** Creates a user who signs in to the merchant portal on behalf of the merchant. */
    @RolesAllowed(Role.Names.ADMIN)
    public AccountView createMerchantUser(long merchantId, @NotNull @Valid NewAccount form) {
        Merchant merchant = em.find(Merchant.class, merchantId);
        if (merchant == null) {
            throw new DomainException("That merchant no longer exists.");
        }
        Account account = Account.merchantUser(merchant, form.email(), hasher.hash(form.password()),
                form.displayName(), clock.instant());
        try {
            em.persist(account);
            em.flush();
        } catch (PersistenceException e) {
            throw new DomainException("The email " + Account.normalizeEmail(form.email())
                    + " already belongs to an account; choose another one.");
        }
        return AccountView.of(account);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AccountView> merchantUsers(long merchantId) {
        return em.createQuery("select a from Account a where a.merchant.id = :merchant order by a.email",
                        Account.class)
                .setParameter("merchant", merchantId)
                .getResultStream().map(AccountView::of).toList();
    }

    /** The merchant the signed-in merchant user works for. */
    @RolesAllowed(Role.Names.MERCHANT)
    public MerchantView myMerchant() {
        Merchant merchant = em.createQuery("select a.merchant from Account a where a.email = :email", Merchant.class)
                .setParameter("email", context.getCallerPrincipal().getName())
                .getSingleResult();
        long users = em.createQuery("select count(a) from Account a where a.merchant = :m", Long.class)
                .setParameter("m", merchant).getSingleResult();
        return view(merchant, users);
    }

    private static MerchantView view(Merchant merchant, long users) {
        return new MerchantView(merchant.id(), merchant.name(), merchant.contactEmail(), users,
                merchant.createdAt());
    }
}
