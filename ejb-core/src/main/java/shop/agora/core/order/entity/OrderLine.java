package shop.agora.core.order.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import shop.agora.core.shared.Ids;

/**
 * One item of an order, with what the customer saw when ordering (name, variant, price): later catalog changes do
 * not change an order.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_id")
    @SequenceGenerator(name = "order_line_id", sequenceName = "order_line_id_seq", allocationSize = Ids.BLOCK)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false)
    private int position;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "product_slug", nullable = false, length = 220)
    private String productSlug;

    @Column(name = "sku_code", nullable = false, length = 64)
    private String skuCode;

    @Column(name = "sku_label", nullable = false, length = 100)
    private String skuLabel;

    @Column(name = "unit_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    protected OrderLine() {
    }

    OrderLine(Order order, int position, LineSnapshot line) {
        this.order = order;
        this.position = position;
        this.skuId = line.skuId();
        this.productId = line.productId();
        this.merchantId = line.merchantId();
        this.productName = line.productName();
        this.productSlug = line.productSlug();
        this.skuCode = line.skuCode();
        this.skuLabel = line.skuLabel();
        this.unitPrice = line.unitPrice();
        this.quantity = line.quantity();
        this.weightGrams = line.weightGrams();
    }

    /** What an order line is made from. */
    public record LineSnapshot(long skuId, long productId, long merchantId, String productName, String productSlug,
            String skuCode, String skuLabel, BigDecimal unitPrice, int quantity, int weightGrams) {
    }

    public Long id() {
        return id;
    }

    public long skuId() {
        return skuId;
    }

    public long productId() {
        return productId;
    }

    public long merchantId() {
        return merchantId;
    }

    public String productName() {
        return productName;
    }

    public String productSlug() {
        return productSlug;
    }

    public String skuCode() {
        return skuCode;
    }

    public String skuLabel() {
        return skuLabel;
    }

    public BigDecimal unitPrice() {
        return unitPrice;
    }

    public int quantity() {
        return quantity;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public BigDecimal lineTotal() {
        return unitPrice.multiply(BigDecimal.valueOf(quantity));
    }
}
