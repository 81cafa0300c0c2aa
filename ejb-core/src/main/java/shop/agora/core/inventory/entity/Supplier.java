package shop.agora.core.inventory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** Where replenishment is bought; its lead time feeds the reorder point of the SKUs it supplies. */
@Entity
@Table(name = "supplier")
public class Supplier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false, length = 254)
    private String email;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Supplier() {
    }

    public Supplier(String name, String email, int leadTimeDays, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt);
        update(name, email, leadTimeDays);
    }

    public void update(String name, String email, int leadTimeDays) {
        this.name = Objects.requireNonNull(name).strip();
        this.email = Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
        this.leadTimeDays = leadTimeDays;
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public int leadTimeDays() {
        return leadTimeDays;
    }
}
