package shop.agora.web.storefront.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The catalog's short addresses for links in pages, e.g. {@code #{shopLinks.product(card.slug())}}. One for the
 * application: the request it reads the context path from is the current one.
 */
@Named
@ApplicationScoped
public class ShopLinks {

    @Inject
    HttpServletRequest request;

    public String home() {
        return request.getContextPath() + "/";
    }

    public String category(String slug) {
        return request.getContextPath() + ListingUrls.categoryPath(slug);
    }

    public String product(String slug) {
        return request.getContextPath() + ListingUrls.productPath(slug);
    }

    /** All products of one shop. */
    public String merchant(long merchantId) {
        return search() + "?" + ListingUrls.MERCHANT + "=" + merchantId;
    }

    /** All products of one brand. */
    public String brand(String brand) {
        return search() + "?" + ListingUrls.BRAND + "=" + ListingUrls.queryValue(brand);
    }

    public String search() {
        return request.getContextPath() + ListingUrls.SEARCH_PATH;
    }
}
