package shop.agora.core.accounts.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import shop.agora.core.merchants.entity.Merchant;

/**
 * Someone who signs in: a customer, a merchant's user or an administrator. The email is the login name, kept in
 * lower case; the password is only ever stored as a PBKDF2 hash. A merchant user always belongs to a merchant.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_EMAIL, query = "select a from Account a where a.email = :email")
public class Account {

    public static final String BY_EMAIL = "Account.byEmail";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merchant_id")
    private Merchant merchant;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    private Account(String email, String passwordHash, String displayName, Role role, Merchant merchant,
            Instant createdAt) {
        this.email = normalizeEmail(email);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.displayName = Objects.requireNonNull(displayName).strip();
        this.role = Objects.requireNonNull(role);
        this.merchant = merchant;
        this.enabled = true;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public static Account customer(String email, String passwordHash, String displayName, Instant now) {
        return new Account(email, passwordHash, displayName, Role.CUSTOMER, null, now);
    }

    public static Account merchantUser(Merchant merchant, String email, String passwordHash, String displayName,
            Instant now) {
        return new Account(email, passwordHash, displayName, Role.MERCHANT, Objects.requireNonNull(merchant), now);
    }

    public static Account admin(String email, String passwordHash, String displayName, Instant now) {
        return new Account(email, passwordHash, displayName, Role.ADMIN, null, now);
    }

    public static String normalizeEmail(String email) {
        return Objects.requireNonNull(email).strip().toLowerCase(Locale.ROOT);
    }

    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
    }

    public void disable() {
        this.enabled = false;
    }

    public Long id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Merchant merchant() {
        return merchant;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Account account && email.equals(account.email);
    }

    @Override
    public int hashCode() {
        return email.hashCode();
    }
}
