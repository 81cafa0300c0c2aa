package shop.agora.core.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.control.PasswordHasher;
import shop.agora.core.accounts.entity.Account;
import shop.agora.core.catalog.entity.Attribute;
import shop.agora.core.catalog.entity.Category;
import shop.agora.core.catalog.entity.Product;
import shop.agora.core.catalog.entity.VariantSpec;
import shop.agora.core.merchants.entity.Merchant;
import shop.agora.core.shared.Money;

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
    public static final String SECOND_MERCHANT_EMAIL = "harbor@agora.test";
    public static final String SECOND_MERCHANT_PASSWORD = "harbor-demo-1";
    public static final String SECOND_MERCHANT_NAME = "Harbor Electronics";
    public static final int DEMO_PRODUCTS = 2_000;
    public static final String ADMIN_EMAIL = "admin@agora.test";
    public static final String ADMIN_PASSWORD = "admin-demo-1";
    /** The product of the walkthrough in the README: a laptop at 1200, always in stock in the demo shop. */
    public static final String SHOWCASE_SLUG = "aurora-14-laptop";

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
        em.flush();
        seedCatalog();
        if (!exists(SECOND_MERCHANT_EMAIL)) {
            Merchant harbor = em.createQuery("select m from Merchant m where m.name = :name", Merchant.class)
                    .setParameter("name", SECOND_MERCHANT_NAME).getSingleResult();
            em.persist(Account.merchantUser(harbor, SECOND_MERCHANT_EMAIL, hasher.hash(SECOND_MERCHANT_PASSWORD),
                    "Hal Harbor", clock.instant()));
        }
        seedShowcase();
        LOG.info("Demo data is in place");
    }

    /** The demo category tree, shops and products, written once (when there are no products yet), and their stock. */
    private void seedCatalog() {
        try {
            CatalogWriter writer = new CatalogWriter(em.unwrap(Connection.class), clock.instant()).prepare();
            if (writer.productCount() == 0) {
                List<DemoCatalog.Product> batch = new ArrayList<>();
                DemoCatalog.generate(DEMO_PRODUCTS, 2026, batch::add);
                writer.write(batch);
                LOG.info(() -> "Loaded the demo catalog: " + DEMO_PRODUCTS + " products");
            }
            if (((Number) em.createNativeQuery("select count(*) from warehouse").getSingleResult()).longValue() == 0) {
                int stocked = writer.writeStock();
                LOG.info(() -> "Loaded the demo stock: " + stocked + " SKUs stocked in 2 warehouses");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the demo catalog", e);
        }
    }

    private void seedShowcase() {
        if (!em.createQuery("select p.id from Product p where p.slug = :slug").setParameter("slug", SHOWCASE_SLUG)
                .getResultList().isEmpty()) {
            return;
        }
        Merchant harbor = em.createQuery("select m from Merchant m where m.name = :name", Merchant.class)
                .setParameter("name", SECOND_MERCHANT_NAME).getSingleResult();
        Category laptops = em.createQuery("select c from Category c where c.slug = 'laptops'", Category.class)
                .getSingleResult();
        Product laptop = new Product(harbor, "Aurora 14 Laptop", SHOWCASE_SLUG, "A 14-inch laptop with a 2.8K "
                + "display, 16 GB of memory and a 512 GB SSD; about 1.4 kg and up to 14 hours on battery.", "Aurora",
                Money.of("1200.00", "EUR"), clock.instant());
        laptop.placeIn(List.of(laptops));
        laptop.replaceAttributes(List.of(new Attribute("Display", "14 inch, 2880 x 1800"),
                new Attribute("Memory", "16 GB"), new Attribute("Storage", "512 GB SSD")));
        laptop.replaceVariants(List.of(new VariantSpec("AUR-14-16GB", "16 GB / 512 GB", null, 1600)));
        em.createNativeQuery("select pi.image_id from product_image pi join product_category pc on pc.product_id = "
                        + "pi.product_id where pc.category_id = ? order by pi.image_id limit 1")
                .setParameter(1, laptops.id()).getResultStream().findFirst()
                .ifPresent(image -> laptop.replaceImages(List.of(((Number) image).longValue())));
        laptop.feature(true);
        laptop.publish(clock.instant());
        em.persist(laptop);
        em.flush();
        long sku = laptop.skus().get(0).id();
        em.createNativeQuery("insert into stock_level (sku_id, warehouse_id, on_hand, held, version) select ?, id, "
                + "500, 0, 1 from warehouse where code = 'AMS-1'").setParameter(1, sku).executeUpdate();
        em.createNativeQuery("insert into stock_movement (sku_id, warehouse_id, kind, on_hand_delta, held_delta, "
                        + "reason, actor, created_at) select ?, id, 'RECEIPT', 500, 0, 'Opening stock', 'demo-data', "
                        + "now() from warehouse where code = 'AMS-1'").setParameter(1, sku).executeUpdate();
        em.createNativeQuery("update product set in_stock = true where id = ?").setParameter(1, laptop.id())
                .executeUpdate();
    }

    private boolean exists(String email) {
        return !em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalizeEmail(email)).getResultList().isEmpty();
    }
}
