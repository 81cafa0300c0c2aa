package shop.agora.core.shipping.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.Ids;

/**
 * One parcel of an order: the items of one merchant that leave from one warehouse, registered with the carrier under
 * a tracking number, with its printable label and the carrier's scans. Its status only moves forward along
 * {@link ShipmentStatus}; a parcel can be cancelled only before it is picked up.
 */
@Entity
@Table(name = "shipment")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_id")
    @SequenceGenerator(name = "shipment_id", sequenceName = "shipment_id_seq", allocationSize = Ids.BLOCK)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(name = "warehouse_id", nullable = false)
    private long warehouseId;

    @Column(nullable = false, unique = true, length = 30)
    private String number;

    @Column(nullable = false, length = 40)
    private String carrier;

    @Column(nullable = false, length = 100)
    private String service;

    @Column(name = "tracking_number", nullable = false, unique = true, length = 40)
    private String trackingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShipmentStatus status;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "label_pdf", nullable = false)
    private byte[] labelPdf;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "shipment_line", joinColumns = @JoinColumn(name = "shipment_id"))
    private List<Line> lines = new ArrayList<>();

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("at, id")
    private List<ShipmentEvent> events = new ArrayList<>();

    /** An order line (or part of it) in this parcel. */
    @Embeddable
    public static class Line {

        @Column(name = "order_line_id", nullable = false)
        private long orderLineId;

        @Column(nullable = false)
        private int quantity;

        protected Line() {
        }

        public Line(long orderLineId, int quantity) {
            this.orderLineId = orderLineId;
            this.quantity = quantity;
        }

        public long orderLineId() {
            return orderLineId;
        }

        public int quantity() {
            return quantity;
        }
    }

    protected Shipment() {
    }

    public Shipment(long orderId, long merchantId, long warehouseId, String number, String carrier, String service,
            String trackingNumber, int weightGrams, byte[] labelPdf, List<Line> lines, Instant now) {
        this.orderId = orderId;
        this.merchantId = merchantId;
        this.warehouseId = warehouseId;
        this.number = Objects.requireNonNull(number);
        this.carrier = Objects.requireNonNull(carrier);
        this.service = Objects.requireNonNull(service);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.weightGrams = weightGrams;
        this.labelPdf = labelPdf.clone();
        this.lines.addAll(lines);
        this.status = ShipmentStatus.LABEL_CREATED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Records a scan the carrier reported, once per status; the status moves forward only (a late scan of an earlier
     * step is kept in the timeline but does not move the parcel back). Returns whether anything was new.
     */
    public boolean scanned(ShipmentStatus scanned, Instant at, String location, String description) {
        if (events.stream().anyMatch(e -> e.status() == scanned)) {
            return false;
        }
        events.add(new ShipmentEvent(this, at, scanned, location, description));
        if (status != ShipmentStatus.CANCELLED && scanned.ordinal() > status.ordinal()
                || scanned == ShipmentStatus.CANCELLED) {
            status = scanned;
            if (scanned == ShipmentStatus.DELIVERED) {
                deliveredAt = at;
            }
        }
        updatedAt = at;
        return true;
    }

    /** Voids the parcel before it was picked up (its order was cancelled). */
    public void cancel(Instant now) {
        if (status.leftWarehouse()) {
            throw new DomainException("Parcel " + number + " is already " + status.words() + ".");
        }
        scanned(ShipmentStatus.CANCELLED, now, null, "Label voided: the order was cancelled");
    }

    public Long id() {
        return id;
    }

    public long orderId() {
        return orderId;
    }

    public long merchantId() {
        return merchantId;
    }

    public long warehouseId() {
        return warehouseId;
    }

    public String number() {
        return number;
    }

    public String carrier() {
        return carrier;
    }

    public String service() {
        return service;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public ShipmentStatus status() {
        return status;
    }

    public int weightGrams() {
        return weightGrams;
    }

    public byte[] labelPdf() {
        return labelPdf.clone();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public List<Line> lines() {
        return Collections.unmodifiableList(lines);
    }

    public List<ShipmentEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
