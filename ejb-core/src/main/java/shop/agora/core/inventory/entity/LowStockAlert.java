package shop.agora.core.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import shop.agora.core.shared.DomainException;

/**
 * A SKU the daily check found at or below its reorder point, with what the check saw and a suggested quantity.
 * Open until an admin approves it (a purchase order is created) or dismisses it; one open alert per SKU.
 */
@Entity
@Table(name = "low_stock_alert")
public class LowStockAlert {

    public enum Status { OPEN, ORDERED, DISMISSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    @Column(name = "stock_check_id", nullable = false)
    private long stockCheckId;

    @Column(nullable = false)
    private int available;

    @Column(name = "on_order", nullable = false)
    private int onOrder;

    @Column(name = "reorder_point", nullable = false)
    private int reorderPoint;

    @Column(nullable = false, length = 10)
    private String basis;

    @Column(name = "sold_last_30_days", nullable = false)
    private int soldLast30Days;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "suggested_quantity", nullable = false)
    private int suggestedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @ManyToOne
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder purchaseOrder;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "resolved_by", length = 254)
    private String resolvedBy;

    protected LowStockAlert() {
    }

    public void ordered(PurchaseOrder order, String by, Instant now) {
        requireOpen();
        this.status = Status.ORDERED;
        this.purchaseOrder = order;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    public void dismiss(String by, Instant now) {
        requireOpen();
        this.status = Status.DISMISSED;
        this.resolvedBy = by;
        this.resolvedAt = now;
    }

    private void requireOpen() {
        if (status != Status.OPEN) {
            throw new DomainException("This alert was already " + status.name().toLowerCase(java.util.Locale.ROOT)
                    + (resolvedBy == null ? "" : " by " + resolvedBy) + ".");
        }
    }

    public Long id() {
        return id;
    }

    public long skuId() {
        return skuId;
    }

    public int available() {
        return available;
    }

    public int onOrder() {
        return onOrder;
    }

    public int reorderPoint() {
        return reorderPoint;
    }

    public String basis() {
        return basis;
    }

    public int soldLast30Days() {
        return soldLast30Days;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }

    public int suggestedQuantity() {
        return suggestedQuantity;
    }

    public Status status() {
        return status;
    }

    public PurchaseOrder purchaseOrder() {
        return purchaseOrder;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
