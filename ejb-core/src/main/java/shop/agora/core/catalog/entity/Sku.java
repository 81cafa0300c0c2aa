package shop.agora.core.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;
import shop.agora.core.merchants.entity.Merchant;
import shop.agora.core.shared.Money;

/**
 * A variant of a product that can be bought and stocked, e.g. "size M, blue": its own code, an optional price of
 * its own, and its shipping weight.
 */
@Entity
@Table(name = "sku")
public class Sku {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false, length = 100)
    private String label;

    /** In the product's currency; null when the variant costs what the product costs. */
    @Column(name = "price_override_amount", precision = 12, scale = 2)
    private BigDecimal priceOverrideAmount;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(nullable = false)
    private int position;

    protected Sku() {
    }

    Sku(Product product, String code, String label, Money priceOverride, int weightGrams, int position) {
        this.product = Objects.requireNonNull(product);
        this.merchant = product.merchant();
        update(code, label, priceOverride, weightGrams, position);
    }

    void update(String newCode, String newLabel, Money newPriceOverride, int newWeightGrams, int newPosition) {
        this.code = Objects.requireNonNull(newCode).strip();
        this.label = Objects.requireNonNull(newLabel).strip();
        this.priceOverrideAmount = newPriceOverride == null ? null : newPriceOverride.amount();
        this.weightGrams = newWeightGrams;
        this.position = newPosition;
    }

    /** What one unit of this variant costs: its own price, or the product's. */
    public Money price() {
        return priceOverrideAmount != null ? Money.of(priceOverrideAmount, product.price().currency()) : product.price();
    }

    public Long id() {
        return id;
    }

    public Product product() {
        return product;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public Money priceOverride() {
        return priceOverrideAmount == null ? null : Money.of(priceOverrideAmount, product.price().currency());
    }

    public int weightGrams() {
        return weightGrams;
    }

    public int position() {
        return position;
    }
}
