package shop.agora.core.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A node of the category tree that admins keep. {@code path} lists the ids from the root down to this node
 * ({@code /1/7/12/}), so "this category and everything below it" is a prefix match.
 */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(nullable = false, length = 500)
    private String path;

    @Column(nullable = false)
    private int position;

    protected Category() {
    }

    public Category(Category parent, String name, String slug, int position) {
        this.parent = parent;
        this.name = Objects.requireNonNull(name).strip();
        this.slug = Objects.requireNonNull(slug);
        this.position = position;
        this.path = "/"; // completed by placeAfterInsert() once the id is known
    }

    /** Sets the path from the parent's; called once the database has given this category its id. */
    public void placeAfterInsert() {
        this.path = (parent == null ? "/" : parent.path) + id + "/";
    }

    public void rename(String newName) {
        this.name = Objects.requireNonNull(newName).strip();
    }

    /** Moves under another parent (null: to the top). Descendants' paths are the caller's to update. */
    public String moveUnder(Category newParent) {
        if (newParent != null && newParent.path.startsWith(path)) {
            throw new shop.agora.core.shared.DomainException(
                    "\"" + name + "\" cannot move into itself or into one of its own subcategories.");
        }
        String oldPath = path;
        this.parent = newParent;
        this.path = (newParent == null ? "/" : newParent.path) + id + "/";
        return oldPath;
    }

    public Long id() {
        return id;
    }

    public Category parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String path() {
        return path;
    }

    public int position() {
        return position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Category category && slug.equals(category.slug);
    }

    @Override
    public int hashCode() {
        return slug.hashCode();
    }
}
