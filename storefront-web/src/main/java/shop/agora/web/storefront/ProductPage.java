package shop.agora.web.storefront;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.ProductDetail;
import shop.agora.core.catalog.ProductDetail.VariantView;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.shared.Money;
import shop.agora.web.common.error.NotFound;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.storefront.catalog.MetaDescription;
import shop.agora.web.storefront.catalog.ShopLinks;

/**
 * Backing bean of {@code product.xhtml} ({@code /shop/p/{slug}}): one product with its pictures, variants and
 * details. The chosen variant ({@code ?variant=skuId}, else the first in stock) sets price and availability; the
 * large picture is {@code ?image=id}, else the first. Both are GET parameters, so the page works without JavaScript
 * and every choice has its address. A product that is unknown or not on sale is "not found".
 *
 * <p>The product itself comes from the catalog cache; its stock is read live on every request (one query), so the
 * page says "in stock", "only N left" or "out of stock" as the warehouses have it now. What it was rendered from is
 * left for {@link ProductPageCache}, which serves the same page again to visitors without cookies while that holds.
 */
@Named
@RequestScoped
public class ProductPage {

    @Inject
    CatalogService catalog;

    @Inject
    ShopLinks links;

    @EJB
    StockManagement stock;

    /** At or below this many units the page says "only N left". */
    static final int FEW_LEFT = 5;

    private String slug;
    private String variant;
    private String image;
    private ProductDetail product;
    private VariantView chosen;
    private List<VariantView> variants;
    private int available;
    private Long picture;

    public void load() throws IOException {
        Optional<ProductDetail> found = slug == null || slug.isBlank() ? Optional.empty() : catalog.product(slug);
        if (found.isEmpty()) {
            NotFound.respond();
            return;
        }
        product = found.get();
        Map<Long, Integer> units = stock.available(product.variants().stream().map(VariantView::skuId).toList());
        variants = product.variants().stream().map(v -> new VariantView(v.skuId(), v.code(), v.label(), v.price(),
                v.weightGrams(), units.getOrDefault(v.skuId(), 0) > 0)).toList();
        chosen = choose(variants, id(variant));
        available = chosen == null ? 0 : units.getOrDefault(chosen.skuId(), 0);
        FacesContext.getCurrentInstance().getExternalContext().getRequestMap().put(ProductPageCache.RENDERED_FROM,
                new ProductPageCache.Facts(product, ProductPageCache.stockShown(product.variants(), units, FEW_LEFT)));
        Long asked = id(image);
        picture = asked != null && product.imageIds().contains(asked) ? asked
                : product.imageIds().isEmpty() ? null : product.imageIds().get(0);
    }

    /** The variant asked for, else the first one in stock, else the first; null for a product without variants. */
    static VariantView choose(List<VariantView> variants, Long skuId) {
        return variants.stream().filter(v -> skuId != null && v.skuId() == skuId).findFirst()
                .or(() -> variants.stream().filter(VariantView::inStock).findFirst())
                .or(() -> variants.stream().findFirst())
                .orElse(null);
    }

    public ProductDetail getProduct() {
        return product;
    }

    /** The chosen variant's price (its own, or the product's). */
    public Money getPrice() {
        return chosen == null ? product.price() : chosen.price();
    }

    public boolean isInStock() {
        return chosen == null ? product.inStock() : chosen.inStock();
    }

    /** The variants with their live availability. */
    public List<VariantView> getVariants() {
        return variants;
    }

    /** "In stock", "Only 3 left" or "Out of stock" for the chosen variant. */
    public String getAvailability() {
        if (chosen == null) {
            return Messages.common(product.inStock() ? "catalog.inStock" : "catalog.outOfStock");
        }
        String key = availabilityKey(available);
        return key.equals("product.fewLeft") ? Messages.app(key, available) : Messages.common(key);
    }

    static String availabilityKey(int available) {
        if (available <= 0) {
            return "catalog.outOfStock";
        }
        return available <= FEW_LEFT ? "product.fewLeft" : "catalog.inStock";
    }

    /** Whether the customer has a variant to choose (a single variant is simply the product). */
    public boolean isVariantChoice() {
        return variants.size() > 1;
    }

    /** The SKU that "Add to cart" adds: the chosen variant's; null for a product without variants. */
    public Long getChosenSkuId() {
        return chosen == null ? null : chosen.skuId();
    }

    public boolean isChosen(VariantView option) {
        return chosen != null && chosen.skuId() == option.skuId();
    }

    public String optionLabel(VariantView option) {
        String price = option.price().format(locale());
        return option.inStock() ? Messages.app("product.variantOption", option.label(), price)
                : Messages.app("product.variantOptionSoldOut", option.label(), price);
    }

    /** The picture shown large; null when the product has none. */
    public Long getPicture() {
        return picture;
    }

    /** All pictures as thumbnails, when there is more than one. */
    public List<Long> getThumbnails() {
        return product.imageIds().size() > 1 ? product.imageIds() : List.of();
    }

    /** This page showing the given picture large, keeping the chosen variant. */
    public String pictureHref(long imageId) {
        return links.product(product.slug()) + "?image=" + imageId
                + (isVariantChoice() && chosen != null ? "&variant=" + chosen.skuId() : "");
    }

    public String pictureLabel(int index) {
        return Messages.app("product.picture", index + 1, product.name());
    }

    public String getDescription() {
        String text = product.description();
        return MetaDescription.of(text == null || text.isBlank()
                ? Messages.app("product.descriptionFallback", product.name(), product.merchantName()) : text);
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getVariant() {
        return variant;
    }

    public void setVariant(String variant) {
        this.variant = variant;
    }

    public String getImage() {
        return image;
    }

    public void setImage(String image) {
        this.image = image;
    }

    private static Long id(String value) {
        try {
            return value == null ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
