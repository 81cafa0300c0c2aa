package shop.agora.core.catalog;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.catalog.ImportReport.LineError;
import shop.agora.core.catalog.control.CatalogCache;
import shop.agora.core.catalog.control.ImageCheck;
import shop.agora.core.catalog.control.ProductCsv;
import shop.agora.core.catalog.control.Slugs;
import shop.agora.core.catalog.entity.Attribute;
import shop.agora.core.catalog.entity.Category;
import shop.agora.core.catalog.entity.Image;
import shop.agora.core.catalog.entity.Product;
import shop.agora.core.catalog.entity.ProductStatus;
import shop.agora.core.catalog.entity.Sku;
import shop.agora.core.catalog.entity.VariantSpec;
import shop.agora.core.merchants.entity.Merchant;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.Money;
import shop.agora.core.shared.NativeSql;

/**
 * A merchant's products: list, create, edit, publish, archive, pictures, CSV import and export. Every method works
 * on the signed-in merchant's own products only; another shop's product is treated as if it did not exist.
 */
@Stateless
@RolesAllowed(Role.Names.MERCHANT)
public class ProductManagement {

    static final String NOT_YOURS = "There is no such product in your shop.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CatalogCache cache;

    @Inject
    Validator validator;

    @Resource
    EJBContext context;

    public ProductList myProducts(@NotNull ProductQuery query) {
        long merchantId = merchantId();
        String where = " where p.merchant.id = :merchant"
                + (query.status() == null ? "" : " and p.status = :status")
                + (query.text().isEmpty() ? "" : " and (lower(p.name) like :text or exists (select s from Sku s "
                        + "where s.product = p and lower(s.code) like :text))");
        String order = switch (query.sortField() == null ? "" : query.sortField()) {
            case "name" -> "lower(p.name)";
            case "price" -> "p.price.amount";
            case "status" -> "p.status";
            default -> "p.updatedAt";
        } + (query.ascending() ? " asc" : " desc") + ", p.id";
        // the variant count in the same query: reading each row's SKUs would be one query per row
        TypedQuery<Object[]> rows = em.createQuery("select p, (select count(s) from Sku s where s.product = p) "
                + "from Product p" + where + " order by " + order, Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(p) from Product p" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            q.setParameter("merchant", merchantId);
            if (query.status() != null) {
                q.setParameter("status", query.status());
            }
            if (!query.text().isEmpty()) {
                q.setParameter("text", "%" + query.text().toLowerCase(Locale.ROOT)
                        .replace("%", "").replace("_", "") + "%");
            }
        }
        List<ProductRow> page = rows.setFirstResult(query.first()).setMaxResults(query.pageSize()).getResultStream()
                .map(row -> row((Product) row[0], ((Number) row[1]).intValue()))
                .toList();
        return new ProductList(page, count.getSingleResult());
    }

    private static ProductRow row(Product p, int variants) {
        return new ProductRow(p.id(), p.name(), p.slug(), p.status(), p.price(), variants, p.updatedAt());
    }

    public ProductEdit product(long id) {
        Product p = own(id);
        return new ProductEdit(p.id(), p.slug(), p.status(), p.version(), form(p), List.copyOf(p.imageIds()));
    }

    /** Creates a draft product; returns its id. */
    public long create(@NotNull @Valid ProductForm form) {
        Merchant merchant = em.find(Merchant.class, merchantId());
        Product product = new Product(merchant, form.name(), uniqueSlug(form.name()), form.description(),
                form.brand(), Money.of(form.price(), form.currency()), clock.instant());
        em.persist(product);
        apply(product, form);
        em.flush();
        return product.id();
    }

    /**
     * Saves the form over the product, unless someone saved it since {@code version} was read: then nothing changes
     * and the merchant is asked to reload.
     */
    public void update(long id, long version, @NotNull @Valid ProductForm form) {
        Product product = own(id);
        if (product.version() != version) {
            throw new DomainException("Someone else saved \"" + product.name() + "\" in the meantime. Reload the "
                    + "product to see their changes, then make yours again.");
        }
        product.describe(form.name(), form.description(), form.brand(), Money.of(form.price(), form.currency()),
                clock.instant());
        apply(product, form);
        cache.productChangedAfterCommit(product.slug());
    }

    public void publish(long id) {
        Product product = own(id);
        product.publish(clock.instant());
        cache.productChangedAfterCommit(product.slug());
    }

    public void archive(long id) {
        Product product = own(id);
        product.archive(clock.instant());
        cache.productChangedAfterCommit(product.slug());
    }

    public void returnToDraft(long id) {
        Product product = own(id);
        product.returnToDraft(clock.instant());
        cache.productChangedAfterCommit(product.slug());
    }

    /** Adds an uploaded picture at the end of the product's pictures; returns the picture's id. */
    public long addImage(long productId, String fileName, byte[] data) {
        Product product = own(productId);
        if (product.imageIds().size() >= 12) {
            throw new DomainException("A product has at most 12 pictures; remove one first.");
        }
        String type = ImageCheck.contentType(fileName, data);
        Image image = new Image(type, data, ImageCheck.sha256(data), clock.instant());
        em.persist(image);
        em.flush();
        List<Long> ids = new ArrayList<>(product.imageIds());
        ids.add(image.id());
        product.replaceImages(ids);
        cache.productChangedAfterCommit(product.slug());
        return image.id();
    }

    /** A picture of one of the merchant's own products, whatever the product's status. */
    public java.util.Optional<ImageData> image(long imageId) {
        boolean own = !em.createNativeQuery("select 1 from product_image pi join product p on p.id = pi.product_id "
                        + "where pi.image_id = ? and p.merchant_id = ? limit 1")
                .setParameter(1, imageId).setParameter(2, merchantId()).getResultList().isEmpty();
        return own ? java.util.Optional.ofNullable(em.find(Image.class, imageId)).map(CatalogService::imageData)
                : java.util.Optional.empty();
    }

    public void removeImage(long productId, long imageId) {
        Product product = own(productId);
        List<Long> ids = new ArrayList<>(product.imageIds());
        if (ids.remove(Long.valueOf(imageId))) {
            product.replaceImages(ids);
            cache.productChangedAfterCommit(product.slug());
        }
    }

    /**
     * Imports a CSV file of products (see {@link ProductCsv}). Everything in the file is checked first; a file with
     * any bad line imports nothing and the report lists every bad line with its reason.
     */
    public ImportReport importCsv(@NotNull byte[] file) {
        long merchantId = merchantId();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            return new ImportReport(0, 0, List.of(new LineError(1, "The file is not UTF-8 text; save it as "
                    + "\"CSV UTF-8\" and try again.")));
        }
        Map<String, Long> categories = new HashMap<>();
        em.createQuery("select c from Category c", Category.class).getResultList()
                .forEach(c -> categories.put(c.slug(), c.id()));
        ProductCsv.Parsed parsed = ProductCsv.parse(text, categories, validator);
        List<LineError> errors = new ArrayList<>(parsed.errors());
        Map<String, Product> bySlug = new HashMap<>();
        List<String> handles = parsed.items().stream().map(ProductCsv.Item::handle).toList();
        if (!handles.isEmpty()) {
            em.createQuery("select p from Product p where p.slug in :slugs", Product.class)
                    .setParameter("slugs", handles).getResultList().forEach(p -> bySlug.put(p.slug(), p));
        }
        Map<String, Product> existing = new HashMap<>();
        for (ProductCsv.Item item : parsed.items()) {
            Product product = bySlug.get(item.handle());
            if (product != null && !product.belongsTo(merchantId)) {
                errors.add(new LineError(item.line(), "The handle \"" + item.handle()
                        + "\" is taken by another shop; choose another one."));
            } else if (product != null) {
                existing.put(item.handle(), product);
            }
        }
        errors.addAll(skuCodesUsedElsewhere(merchantId, parsed.items()));
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(LineError::line));
            return new ImportReport(0, 0, errors);
        }
        Merchant merchant = em.find(Merchant.class, merchantId);
        int created = 0;
        for (ProductCsv.Item item : parsed.items()) {
            ProductForm form = item.form();
            Product product = existing.get(item.handle());
            try {
                if (product == null) {
                    product = new Product(merchant, form.name(), item.handle(), form.description(), form.brand(),
                            Money.of(form.price(), form.currency()), clock.instant());
                    em.persist(product);
                    created++;
                } else {
                    product.describe(form.name(), form.description(), form.brand(),
                            Money.of(form.price(), form.currency()), clock.instant());
                }
                apply(product, form);
                switch (item.status()) {
                    case ACTIVE -> product.publish(clock.instant());
                    case ARCHIVED -> product.archive(clock.instant());
                    case DRAFT -> product.returnToDraft(clock.instant());
                }
            } catch (DomainException e) {
                context.setRollbackOnly();
                return new ImportReport(0, 0, List.of(new LineError(item.line(), e.getMessage())));
            }
        }
        em.flush();
        cache.clearAfterCommit();
        return new ImportReport(created, parsed.items().size() - created, List.of());
    }

    /**
     * Sets the products' "in stock" flag from their SKUs' stock (in stock: at least one SKU has an available unit in
     * some warehouse) and forgets their cached pages; on "Inventory Updated" and "Stock Updated". Returns how many
     * products changed.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public int refreshAvailability(@NotNull List<Long> productIds) {
        if (productIds.isEmpty()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> changed = em.createNativeQuery("select p.id, p.slug from product p where p.id = "
                        + "any(cast(? as bigint[])) and p.in_stock <> " + AVAILABLE + " order by p.id for update")
                .setParameter(1, NativeSql.bigints(productIds)).getResultList();
        if (changed.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update product p set in_stock = " + AVAILABLE + " where p.id = any(cast(? as bigint[]))")
                .setParameter(1, NativeSql.bigints(changed.stream().map(r -> ((Number) r[0]).longValue()).toList()))
                .executeUpdate();
        cache.productChangedAfterCommit(changed.stream().map(r -> (String) r[1]).toArray(String[]::new));
        return changed.size();
    }

    /** SQL: whether product {@code p} has a unit that can be bought now. */
    private static final String AVAILABLE = "exists (select 1 from sku s join stock_level l on l.sku_id = s.id "
            + "where s.product_id = p.id and l.on_hand > l.held)";

    /** All the merchant's products in the import format. */
    public String exportCsv() {
        return ProductCsv.export(em.createQuery("select p from Product p where p.merchant.id = :merchant "
                + "order by p.slug", Product.class).setParameter("merchant", merchantId()).getResultList());
    }

    private void apply(Product product, ProductForm form) {
        Set<Long> wanted = new HashSet<>(form.categoryIds());
        List<Category> categories = wanted.isEmpty() ? List.of()
                : em.createQuery("select c from Category c where c.id in :ids", Category.class)
                        .setParameter("ids", wanted).getResultList();
        if (categories.size() != wanted.size()) {
            throw new DomainException("One of the chosen categories no longer exists; please choose again.");
        }
        product.placeIn(categories);
        product.replaceAttributes(form.attributes().stream().map(a -> new Attribute(a.name(), a.value())).toList());
        Set<String> codes = new HashSet<>();
        for (ProductForm.VariantForm variant : form.variants()) {
            if (!codes.add(variant.code().strip().toLowerCase(Locale.ROOT))) {
                throw new DomainException("The SKU code \"" + variant.code() + "\" is used twice.");
            }
        }
        if (!codes.isEmpty()) {
            List<Object[]> clashes = em.createQuery("select s.code, s.product.name from Sku s where s.merchant = "
                            + ":merchant and lower(s.code) in :codes and s.product <> :product", Object[].class)
                    .setParameter("merchant", product.merchant())
                    .setParameter("codes", codes)
                    .setParameter("product", product)
                    .setMaxResults(1)
                    .getResultList();
            if (!clashes.isEmpty()) {
                throw new DomainException("The SKU code \"" + clashes.get(0)[0] + "\" is already used by \""
                        + clashes.get(0)[1] + "\".");
            }
        }
        refuseRemovingStockedVariants(product, codes);
        product.replaceVariants(form.variants().stream()
                .map(v -> new VariantSpec(v.code(), v.label(),
                        v.priceOverride() == null ? null : Money.of(v.priceOverride(), form.currency()),
                        v.weightGrams()))
                .toList());
    }

    private List<LineError> skuCodesUsedElsewhere(long merchantId, List<ProductCsv.Item> items) {
        Map<String, String> owners = new HashMap<>(); // the merchant's SKU codes (lower case) -> product slug
        for (Object[] row : em.createQuery("select lower(s.code), s.product.slug from Sku s where s.merchant.id = "
                + ":merchant", Object[].class).setParameter("merchant", merchantId).getResultList()) {
            owners.put((String) row[0], (String) row[1]);
        }
        List<LineError> errors = new ArrayList<>();
        for (ProductCsv.Item item : items) {
            for (int i = 0; i < item.form().variants().size(); i++) {
                String code = item.form().variants().get(i).code();
                String owner = owners.get(code == null ? "" : code.strip().toLowerCase(Locale.ROOT));
                if (owner != null && !owner.equals(item.handle())) {
                    errors.add(new LineError(item.variantLines().get(i), "The SKU code \"" + code
                            + "\" already belongs to your product \"" + owner + "\"."));
                }
            }
        }
        return errors;
    }

    private static ProductForm form(Product p) {
        return new ProductForm(p.name(), p.description(), p.brand(), p.price().amount(), p.price().currency(),
                p.categories().stream().map(Category::id).toList(),
                p.attributes().stream().map(a -> new ProductForm.AttributeForm(a.name(), a.value())).toList(),
                p.skus().stream().map(ProductManagement::variantForm).toList());
    }

    private static ProductForm.VariantForm variantForm(Sku s) {
        return new ProductForm.VariantForm(s.code(), s.label(),
                s.priceOverride() == null ? null : s.priceOverride().amount(), s.weightGrams());
    }

    /** A variant with stock or stock history stays: the ledger and orders refer to it. */
    private void refuseRemovingStockedVariants(Product product, Set<String> keptCodes) {
        for (Sku sku : product.skus()) {
            if (sku.id() != null && !keptCodes.contains(sku.code().toLowerCase(Locale.ROOT))
                    && !em.createNativeQuery("select 1 from stock_movement where sku_id = ? limit 1")
                            .setParameter(1, sku.id()).getResultList().isEmpty()) {
                throw new DomainException("The variant " + sku.code() + " has stock history and cannot be removed. "
                        + "Archive the product instead, or keep the variant.");
            }
        }
    }

    private Product own(long id) {
        Product product = em.find(Product.class, id);
        if (product == null || !product.belongsTo(merchantId())) {
            throw new DomainException(NOT_YOURS);
        }
        return product;
    }

    private String uniqueSlug(String name) {
        return Slugs.unique(name, candidate -> !em.createQuery("select p.id from Product p where p.slug = :slug")
                .setParameter("slug", candidate).getResultList().isEmpty());
    }

    private long merchantId() {
        return em.createQuery("select a.merchant.id from Account a where a.email = :email", Long.class)
                .setParameter("email", context.getCallerPrincipal().getName())
                .getSingleResult();
    }
}
