package shop.agora.core.catalog.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** An uploaded picture, stored in the database with its type and hash; products refer to images by id. */
@Entity
@Table(name = "image")
public class Image {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] data;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Image() {
    }

    public Image(String contentType, byte[] data, String sha256, Instant createdAt) {
        this.contentType = Objects.requireNonNull(contentType);
        this.data = Objects.requireNonNull(data);
        this.sha256 = Objects.requireNonNull(sha256);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public Long id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] data() {
        return data;
    }

    public String sha256() {
        return sha256;
    }
}
