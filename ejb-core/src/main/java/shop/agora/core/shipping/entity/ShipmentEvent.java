package shop.agora.core.shipping.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import shop.agora.core.shared.Ids;

/** One scan in a parcel's tracking timeline. */
@Entity
@Table(name = "shipment_event")
public class ShipmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shipment_event_id")
    @SequenceGenerator(name = "shipment_event_id", sequenceName = "shipment_event_id_seq", allocationSize = Ids.BLOCK)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "shipment_id")
    private Shipment shipment;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ShipmentStatus status;

    @Column(length = 100)
    private String location;

    @Column(nullable = false, length = 200)
    private String description;

    protected ShipmentEvent() {
    }

    ShipmentEvent(Shipment shipment, Instant at, ShipmentStatus status, String location, String description) {
        this.shipment = shipment;
        this.at = at;
        this.status = status;
        this.location = location;
        this.description = description;
    }

    public Instant at() {
        return at;
    }

    public ShipmentStatus status() {
        return status;
    }

    public String location() {
        return location;
    }

    public String description() {
        return description;
    }
}
