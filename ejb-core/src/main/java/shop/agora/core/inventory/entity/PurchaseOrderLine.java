package shop.agora.core.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One SKU on a purchase order: how many were ordered and how many have arrived so far. */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "purchase_order_id")
    private PurchaseOrder order;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    @Column(name = "quantity_ordered", nullable = false)
    private int quantityOrdered;

    @Column(name = "quantity_received", nullable = false)
    private int quantityReceived;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(PurchaseOrder order, long skuId, int quantityOrdered) {
        this.order = order;
        this.skuId = skuId;
        this.quantityOrdered = quantityOrdered;
    }

    void receive(int quantity) {
        quantityReceived += quantity;
    }

    public Long id() {
        return id;
    }

    public long skuId() {
        return skuId;
    }

    public int quantityOrdered() {
        return quantityOrdered;
    }

    public int quantityReceived() {
        return quantityReceived;
    }

    public int outstanding() {
        return quantityOrdered - quantityReceived;
    }
}
