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

/** A place where stock is kept and shipped from. Admins manage warehouses; stock levels are per SKU and warehouse. */
@Entity
@Table(name = "warehouse")
public class Warehouse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, length = 200)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 20)
    private String postalCode;

    @Column(nullable = false, length = 100)
    private String city;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Warehouse() {
    }

    public Warehouse(String code, String name, String street, String postalCode, String city, String country,
            Instant createdAt) {
        this.code = normalizeCode(code);
        this.createdAt = Objects.requireNonNull(createdAt);
        update(name, street, postalCode, city, country);
    }

    public static String normalizeCode(String code) {
        return Objects.requireNonNull(code).strip().toUpperCase(Locale.ROOT);
    }

    public void update(String name, String street, String postalCode, String city, String country) {
        this.name = Objects.requireNonNull(name).strip();
        this.street = Objects.requireNonNull(street).strip();
        this.postalCode = Objects.requireNonNull(postalCode).strip();
        this.city = Objects.requireNonNull(city).strip();
        this.country = Objects.requireNonNull(country).strip().toUpperCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String country() {
        return country;
    }
}
