package shop.agora.core.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import shop.agora.core.catalog.control.CatalogCache;
import shop.agora.core.catalog.control.ProductSearch;
import shop.agora.core.catalog.entity.Category;
import shop.agora.core.catalog.entity.Image;
import shop.agora.core.catalog.entity.Product;
import shop.agora.core.catalog.entity.ProductStatus;

/**
 * The catalog as customers see it: open to everyone, signed in or not. Only active products are ever shown.
 * Product pages and category listings are served from the catalog cache.
 */
@Stateless
@PermitAll
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CatalogCache cache;

    public HomePage home() {
        List<CategoryLink> top = em.createQuery("select c from Category c where c.parent is null "
                + "order by c.position, c.name", Category.class).getResultStream().map(CatalogService::link).toList();
        List<ProductCard> featured = cards("p.featured = true", 8);
        List<ProductCard> newest = search(new SearchRequest("", null, null, List.of(), List.of(), false,
                SortOrder.NEWEST, 1, 8)).items();
        return new HomePage(top, featured, newest);
    }

    /** Results for a search or a category listing, from the cache when the same was asked recently. */
    public SearchResult search(SearchRequest request) {
        return cache.listing(request, () -> new ProductSearch(em, cache).search(request));
    }

    public List<String> suggest(String typed) {
        return new ProductSearch(em, cache).suggest(typed, 8);
    }

    public Optional<CategoryPage> categoryPage(String slug) {
        return cache.categoryPage(slug, () -> em.createQuery("select c from Category c where c.slug = :slug", Category.class)
                .setParameter("slug", slug).getResultStream().findFirst()
                .map(category -> new CategoryPage(link(category), breadcrumbs(category),
                        em.createQuery("select c from Category c where c.parent = :parent order by c.position, "
                                        + "c.name", Category.class)
                                .setParameter("parent", category).getResultStream().map(CatalogService::link)
                                .toList())));
    }

    public Optional<ProductDetail> product(String slug) {
        return cache.product(slug, () -> em.createQuery("select p from Product p join fetch p.merchant "
                        + "where p.slug = :slug and p.status = :active", Product.class)
                .setParameter("slug", slug)
                .setParameter("active", ProductStatus.ACTIVE)
                .getResultStream().findFirst().map(this::detail));
    }

    /** A picture of a product that is for sale; pictures of drafts and archived products are not public. */
    public Optional<ImageData> image(long id) {
        boolean published = !em.createNativeQuery("select 1 from product_image pi join product p on p.id = "
                        + "pi.product_id where pi.image_id = ? and p.status = 'ACTIVE' limit 1")
                .setParameter(1, id).getResultList().isEmpty();
        return published ? Optional.ofNullable(em.find(Image.class, id)).map(CatalogService::imageData)
                : Optional.empty();
    }

    static ImageData imageData(Image image) {
        return new ImageData(image.id(), image.contentType(), image.data(), image.sha256());
    }

    /** The whole category tree, ordered as admins arranged it. */
    public List<CategoryNode> categoryTree() {
        List<Category> all = em.createQuery("select c from Category c order by c.position, c.name", Category.class)
                .getResultList();
        Map<Long, List<Category>> byParent = new LinkedHashMap<>();
        for (Category category : all) {
            Long parentId = category.parent() == null ? null : category.parent().id();
            byParent.computeIfAbsent(parentId == null ? 0L : parentId, k -> new ArrayList<>()).add(category);
        }
        return nodes(byParent, 0L, null);
    }

    /** The categories with the most products, for pages that found nothing. */
    public List<CategoryLink> popularCategories(int limit) {
        return cache.popularCategories(limit, () -> countPopularCategories(limit));
    }

    private List<CategoryLink> countPopularCategories(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.id, c.name, c.slug from category c "
                        + "join product_category pc on pc.category_id = c.id "
                        + "join product p on p.id = pc.product_id and p.status = 'ACTIVE' "
                        + "group by c.id, c.name, c.slug order by count(*) desc, c.name limit ?")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(row -> new CategoryLink(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2])).toList();
    }

    private List<CategoryNode> nodes(Map<Long, List<Category>> byParent, Long parentKey, Long parentId) {
        return byParent.getOrDefault(parentKey, List.of()).stream()
                .map(c -> new CategoryNode(c.id(), c.name(), c.slug(), parentId, nodes(byParent, c.id(), c.id())))
                .toList();
    }

    private List<ProductCard> cards(String condition, int limit) {
        return em.createQuery("select p from Product p join fetch p.merchant where p.status = :active and "
                        + condition + " order by p.publishedAt desc", Product.class)
                .setParameter("active", ProductStatus.ACTIVE)
                .setMaxResults(limit)
                .getResultStream().map(CatalogService::card).toList();
    }

    private ProductDetail detail(Product product) {
        Category primary = product.categories().stream().min(Comparator.comparing(Category::path)).orElse(null);
        return new ProductDetail(product.id(), product.slug(), product.name(), product.description(),
                product.brand(), product.price(), product.merchant().id(), product.merchant().name(),
                List.copyOf(product.imageIds()),
                product.attributes().stream().map(a -> new ProductDetail.AttributeView(a.name(), a.value())).toList(),
                product.skus().stream().map(s -> new ProductDetail.VariantView(s.id(), s.code(), s.label(),
                        s.price(), s.weightGrams(), product.inStock())).toList(),
                primary == null ? List.of() : breadcrumbs(primary), product.inStock());
    }

    private List<CategoryLink> breadcrumbs(Category category) {
        List<CategoryLink> trail = new ArrayList<>();
        for (Category c = category; c != null; c = c.parent()) {
            trail.add(0, link(c));
        }
        return trail;
    }

    static ProductCard card(Product p) {
        return new ProductCard(p.id(), p.slug(), p.name(), p.brand(), p.price(), p.merchant().id(),
                p.merchant().name(), p.imageIds().isEmpty() ? null : p.imageIds().get(0), p.inStock());
    }

    static CategoryLink link(Category category) {
        return new CategoryLink(category.id(), category.name(), category.slug());
    }
}
