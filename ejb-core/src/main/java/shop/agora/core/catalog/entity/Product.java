package shop.agora.core.catalog.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import shop.agora.core.merchants.entity.Merchant;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.Money;

/**
 * Something a merchant sells. It starts as a draft, is published (active: the storefront shows it) and may be
 * archived. It has at least one SKU once published; each SKU can have a price of its own.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 220)
    private String slug;

    @Column(nullable = false)
    private String description;

    @Column(length = 100)
    private String brand;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "amount", column = @Column(name = "price_amount")),
        @AttributeOverride(name = "currency", column = @Column(name = "price_currency"))
    })
    private Money price;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ProductStatus status;

    @Column(nullable = false)
    private boolean featured;

    @Column(name = "in_stock", nullable = false)
    private boolean inStock;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    @ManyToMany
    @JoinTable(name = "product_category", joinColumns = @JoinColumn(name = "product_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private Set<Category> categories = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "product_image", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    @Column(name = "image_id")
    private List<Long> imageIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "product_attribute", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "position")
    private List<Attribute> attributes = new ArrayList<>();

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Sku> skus = new ArrayList<>();

    protected Product() {
    }

    public Product(Merchant merchant, String name, String slug, String description, String brand, Money price,
            Instant now) {
        this.merchant = Objects.requireNonNull(merchant);
        this.slug = Objects.requireNonNull(slug);
        this.status = ProductStatus.DRAFT;
        this.inStock = false; // no stock until a receipt or an adjustment adds some
        this.createdAt = now;
        describe(name, description, brand, price, now);
    }

    public void describe(String newName, String newDescription, String newBrand, Money newPrice, Instant now) {
        if (Objects.requireNonNull(newPrice).isNegative()) {
            throw new DomainException("A price cannot be negative.");
        }
        if (price != null && !price.currency().equals(newPrice.currency()) && !skus.isEmpty()
                && skus.stream().anyMatch(s -> s.priceOverride() != null)) {
            throw new DomainException("Remove the variants' own prices before changing the currency.");
        }
        this.name = Objects.requireNonNull(newName).strip();
        this.description = newDescription == null ? "" : newDescription.strip();
        this.brand = newBrand == null || newBrand.isBlank() ? null : newBrand.strip();
        this.price = newPrice;
        this.updatedAt = now;
    }

    public void changeSlug(String newSlug) {
        this.slug = Objects.requireNonNull(newSlug);
    }

    public void placeIn(Collection<Category> newCategories) {
        categories.clear();
        categories.addAll(newCategories);
    }

    public void replaceAttributes(List<Attribute> newAttributes) {
        attributes.clear();
        attributes.addAll(newAttributes);
    }

    public void replaceImages(List<Long> newImageIds) {
        imageIds.clear();
        imageIds.addAll(newImageIds);
    }

    /** Sets the variants: existing ones (same code) are updated, new ones added, missing ones removed. */
    public void replaceVariants(List<VariantSpec> variants) {
        List<Sku> kept = new ArrayList<>();
        int position = 0;
        for (VariantSpec spec : variants) {
            Sku sku = skus.stream().filter(s -> s.code().equalsIgnoreCase(spec.code().strip())).findFirst()
                    .orElse(null);
            if (sku == null) {
                sku = new Sku(this, spec.code(), spec.label(), spec.priceOverride(), spec.weightGrams(), position);
            } else {
                sku.update(spec.code(), spec.label(), spec.priceOverride(), spec.weightGrams(), position);
            }
            kept.add(sku);
            position++;
        }
        skus.retainAll(kept);
        for (Sku sku : kept) {
            if (!skus.contains(sku)) {
                skus.add(sku);
            }
        }
        skus.sort(java.util.Comparator.comparingInt(Sku::position));
    }

    /** Puts the product on sale. It needs a name, a price, a category and at least one variant. */
    public void publish(Instant now) {
        if (status == ProductStatus.ACTIVE) {
            return;
        }
        if (skus.isEmpty()) {
            throw new DomainException("\"" + name + "\" needs at least one variant (SKU) before it can be published.");
        }
        if (categories.isEmpty()) {
            throw new DomainException("\"" + name + "\" needs a category before it can be published.");
        }
        this.status = ProductStatus.ACTIVE;
        if (publishedAt == null) {
            this.publishedAt = now;
        }
        this.updatedAt = now;
    }

    public void archive(Instant now) {
        this.status = ProductStatus.ARCHIVED;
        this.updatedAt = now;
    }

    public void returnToDraft(Instant now) {
        this.status = ProductStatus.DRAFT;
        this.updatedAt = now;
    }

    public void feature(boolean value) {
        this.featured = value;
    }

    public boolean belongsTo(long merchantId) {
        return merchant.id() == merchantId;
    }

    public Long id() {
        return id;
    }

    public Merchant merchant() {
        return merchant;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }

    public String brand() {
        return brand;
    }

    public Money price() {
        return price;
    }

    public ProductStatus status() {
        return status;
    }

    public boolean featured() {
        return featured;
    }

    public boolean inStock() {
        return inStock;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public long version() {
        return version;
    }

    public Set<Category> categories() {
        return java.util.Collections.unmodifiableSet(categories);
    }

    public List<Long> imageIds() {
        return java.util.Collections.unmodifiableList(imageIds);
    }

    public List<Attribute> attributes() {
        return java.util.Collections.unmodifiableList(attributes);
    }

    public List<Sku> skus() {
        return java.util.Collections.unmodifiableList(skus);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Product product && slug.equals(product.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }
}
