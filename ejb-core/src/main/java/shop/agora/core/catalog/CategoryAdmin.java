package shop.agora.core.catalog;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.catalog.control.CatalogCache;
import shop.agora.core.catalog.control.Slugs;
import shop.agora.core.catalog.entity.Category;
import shop.agora.core.shared.DomainException;

/** The category tree, kept by admins: create, rename, move, delete. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class CategoryAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogCache cache;

    /** Creates a category at the end of its parent's list (parentId null: at the top); returns its id. */
    public long create(Long parentId,
            @NotBlank(message = "Please enter the category's name.")
            @Size(max = 100, message = "A category name has at most 100 characters.") String name) {
        Category parent = parentId == null ? null : find(parentId);
        requireFreeName(parent, name, null);
        int position = siblings(parent).getResultList().size();
        String slug = Slugs.unique(name, s -> !em.createQuery("select c.id from Category c where c.slug = :slug")
                .setParameter("slug", s).getResultList().isEmpty());
        Category category = new Category(parent, name, slug, position);
        em.persist(category);
        em.flush();
        category.placeAfterInsert();
        cache.clearAfterCommit();
        return category.id();
    }

    public void rename(long id, @NotBlank(message = "Please enter the category's name.")
            @Size(max = 100, message = "A category name has at most 100 characters.") String name) {
        Category category = find(id);
        requireFreeName(category.parent(), name, category);
        category.rename(name);
        cache.clearAfterCommit();
    }

    /** Moves a category with everything below it under another parent (null: to the top). */
    public void move(long id, Long newParentId) {
        Category category = find(id);
        Category parent = newParentId == null ? null : find(newParentId);
        requireFreeName(parent, category.name(), category);
        String oldPath = category.moveUnder(parent);
        em.flush();
        em.createNativeQuery("update category set path = ? || substring(path from ?) where path like ? and id <> ?")
                .setParameter(1, category.path())
                .setParameter(2, oldPath.length() + 1)
                .setParameter(3, oldPath + "%")
                .setParameter(4, category.id())
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Category.class);
        cache.clearAfterCommit();
    }

    /** Deletes an empty category: refused while it has subcategories or products. */
    public void delete(long id) {
        Category category = find(id);
        long children = em.createQuery("select count(c) from Category c where c.parent = :c", Long.class)
                .setParameter("c", category).getSingleResult();
        if (children > 0) {
            throw new DomainException("\"" + category.name() + "\" has subcategories; move or delete them first.");
        }
        long products = ((Number) em.createNativeQuery("select count(*) from product_category where category_id = ?")
                .setParameter(1, id).getSingleResult()).longValue();
        if (products > 0) {
            throw new DomainException("\"" + category.name() + "\" still has " + products + " product"
                    + (products == 1 ? "" : "s") + "; move them to another category first.");
        }
        em.remove(category);
        cache.clearAfterCommit();
    }

    private jakarta.persistence.TypedQuery<Category> siblings(Category parent) {
        return parent == null
                ? em.createQuery("select c from Category c where c.parent is null", Category.class)
                : em.createQuery("select c from Category c where c.parent = :parent", Category.class)
                        .setParameter("parent", parent);
    }

    private Category find(long id) {
        Category category = em.find(Category.class, id);
        if (category == null) {
            throw new DomainException("That category no longer exists.");
        }
        return category;
    }

    private void requireFreeName(Category parent, String name, Category self) {
        boolean taken = siblings(parent).getResultStream()
                .anyMatch(c -> c.name().equalsIgnoreCase(name.strip()) && !c.equals(self));
        if (taken) {
            throw new DomainException("There is already a category \"" + name.strip() + "\" "
                    + (parent == null ? "at the top level." : "in \"" + parent.name() + "\"."));
        }
    }
}
