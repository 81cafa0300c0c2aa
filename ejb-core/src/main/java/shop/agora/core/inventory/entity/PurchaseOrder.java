package shop.agora.core.inventory.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shop.agora.core.shared.DomainException;

/**
 * Stock bought from a supplier for one warehouse. Its status only moves through {@link #receive} and
 * {@link #cancel}: ordered -> partially received -> received, or ordered / partially received -> cancelled.
 * Receiving more than is outstanding on a line is refused (the supplier's surplus is not ours until a new order
 * says so); the page says this rule.
 */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(optional = false)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @ManyToOne(optional = false)
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PurchaseOrderStatus status;

    @Column(name = "expected_on", nullable = false)
    private LocalDate expectedOn;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    protected PurchaseOrder() {
    }

    public PurchaseOrder(String number, Supplier supplier, Warehouse warehouse, LocalDate expectedOn,
            String createdBy, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.supplier = Objects.requireNonNull(supplier);
        this.warehouse = Objects.requireNonNull(warehouse);
        this.expectedOn = Objects.requireNonNull(expectedOn);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = now;
        this.updatedAt = now;
        this.status = PurchaseOrderStatus.ORDERED;
    }

    public static String number(int year, long sequence) {
        return String.format("PO-%d-%05d", year, sequence);
    }

    public void addLine(long skuId, int quantity) {
        if (quantity < 1) {
            throw new DomainException("Order at least 1 unit.");
        }
        if (lines.stream().anyMatch(l -> l.skuId() == skuId)) {
            throw new DomainException("This SKU is already on the order.");
        }
        lines.add(new PurchaseOrderLine(this, skuId, quantity));
    }

    /**
     * Books what arrived, per line id. Quantities of 0 are skipped; nothing at all, a negative quantity, an unknown
     * line or more than a line's outstanding quantity is refused and changes nothing.
     */
    public void receive(Map<Long, Integer> quantities, Instant now) {
        if (!status.open()) {
            throw new DomainException("Purchase order " + number + " is " + describe(status)
                    + "; nothing more can be received on it.");
        }
        int total = 0;
        for (Map.Entry<Long, Integer> entry : quantities.entrySet()) {
            int quantity = entry.getValue() == null ? 0 : entry.getValue();
            PurchaseOrderLine line = line(entry.getKey());
            if (quantity < 0) {
                throw new DomainException("A received quantity cannot be negative.");
            }
            if (quantity > line.outstanding()) {
                throw new DomainException("Only " + line.outstanding() + " more can be received on this line; "
                        + "receiving more than was ordered is refused. Order the surplus on a new purchase order.");
            }
            total += quantity;
        }
        if (total == 0) {
            throw new DomainException("Enter the quantity that arrived on at least one line.");
        }
        quantities.forEach((lineId, quantity) -> {
            if (quantity != null && quantity > 0) {
                line(lineId).receive(quantity);
            }
        });
        status = lines.stream().allMatch(l -> l.outstanding() == 0) ? PurchaseOrderStatus.RECEIVED
                : PurchaseOrderStatus.PARTIALLY_RECEIVED;
        updatedAt = now;
    }

    /** Cancels what has not arrived yet; what was received stays received. */
    public void cancel(Instant now) {
        if (!status.open()) {
            throw new DomainException("Purchase order " + number + " is " + describe(status)
                    + " and cannot be cancelled.");
        }
        status = PurchaseOrderStatus.CANCELLED;
        updatedAt = now;
    }

    private static String describe(PurchaseOrderStatus status) {
        return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private PurchaseOrderLine line(Long lineId) {
        return lines.stream().filter(l -> Objects.equals(l.id(), lineId)).findFirst()
                .orElseThrow(() -> new DomainException("That line is not on purchase order " + number + "."));
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public Supplier supplier() {
        return supplier;
    }

    public Warehouse warehouse() {
        return warehouse;
    }

    public PurchaseOrderStatus status() {
        return status;
    }

    public LocalDate expectedOn() {
        return expectedOn;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public List<PurchaseOrderLine> lines() {
        return Collections.unmodifiableList(lines);
    }
}
