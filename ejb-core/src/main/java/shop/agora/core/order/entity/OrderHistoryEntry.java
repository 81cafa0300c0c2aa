package shop.agora.core.order.entity;

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

/** One transition of an order: when, from which status to which, by whom (a person or an event), and why. */
@Entity
@Table(name = "order_history")
public class OrderHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_history_id")
    @SequenceGenerator(name = "order_history_id", sequenceName = "order_history_id_seq", allocationSize = Ids.BLOCK)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(nullable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private OrderStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 20)
    private OrderStatus to;

    @Column(nullable = false, length = 254)
    private String actor;

    @Column(length = 300)
    private String note;

    protected OrderHistoryEntry() {
    }

    OrderHistoryEntry(Order order, Instant at, OrderStatus from, OrderStatus to, String actor, String note) {
        this.order = order;
        this.at = at;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.note = note == null || note.length() <= 300 ? note : note.substring(0, 299) + "\u2026";
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }

    public String actor() {
        return actor;
    }

    public String note() {
        return note;
    }
}
