package shop.agora.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.control.PasswordHasher;
import shop.agora.core.accounts.entity.Account;
import shop.agora.core.merchants.entity.Merchant;

/**
 * Seeds accounts at start-up, after the migrations:
 * <ul>
 * <li>the first administrator, when {@code agora.admin.email} and {@code agora.admin.password} are set and no
 * account has that email (how a production installation gets its first admin);</li>
 * <li>the demo shop and its logins, when {@code agora.demo-data} is true (./run.sh and the tests). Each seed is
 * skipped when its account exists, so the demo data is loaded once and survives restarts unchanged.</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class DemoData {

    public static final String CUSTOMER_EMAIL = "customer@agora.test";
    public static final String CUSTOMER_PASSWORD = "customer-demo-1";
    public static final String MERCHANT_EMAIL = "merchant@agora.test";
    public static final String MERCHANT_PASSWORD = "merchant-demo-1";
    public static final String MERCHANT_NAME = "Northwind Outfitters";
    public static final String ADMIN_EMAIL = "admin@agora.test";
    public static final String ADMIN_PASSWORD = "admin-demo-1";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "agora.demo-data", defaultValue = "false")
    boolean demoData;

    @Inject
    @ConfigProperty(name = "agora.admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "agora.admin.password")
    Optional<String> adminPassword;

    private final PasswordHasher hasher = new PasswordHasher();

    @PostConstruct
    void seed() {
        if (adminEmail.isPresent() && adminPassword.isPresent() && !exists(adminEmail.get())) {
            em.persist(Account.admin(adminEmail.get(), hasher.hash(adminPassword.get()), "Administrator",
                    clock.instant()));
            LOG.info(() -> "Created the first administrator " + adminEmail.get());
        }
        if (!demoData) {
            return;
        }
        if (!exists(ADMIN_EMAIL)) {
            em.persist(Account.admin(ADMIN_EMAIL, hasher.hash(ADMIN_PASSWORD), "Ada Admin", clock.instant()));
        }
        if (!exists(MERCHANT_EMAIL)) {
            Merchant merchant = new Merchant(MERCHANT_NAME, "hello@northwind.agora.test", clock.instant());
            em.persist(merchant);
            em.persist(Account.merchantUser(merchant, MERCHANT_EMAIL, hasher.hash(MERCHANT_PASSWORD), "Max Merchant",
                    clock.instant()));
        }
        if (!exists(CUSTOMER_EMAIL)) {
            em.persist(Account.customer(CUSTOMER_EMAIL, hasher.hash(CUSTOMER_PASSWORD), "Casey Customer",
                    clock.instant()));
        }
        LOG.info("Demo data is in place");
    }

    private boolean exists(String email) {
        return !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultList().isEmpty();
    }
}
