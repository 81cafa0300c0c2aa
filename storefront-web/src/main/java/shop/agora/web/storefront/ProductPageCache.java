package shop.agora.web.storefront;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.ProductDetail;
import shop.agora.core.catalog.ProductDetail.VariantView;
import shop.agora.core.inventory.StockManagement;

/**
 * Product pages for visitors who send no cookie (no session, no cart, not signed in, nothing in the flash): every
 * such visitor sees the same page, so it is rendered once and then served from memory, as a shop's full-page cache
 * would. Unlike a cache with a time to live, it never shows old stock or an old product: a page is kept with what it
 * was rendered from (the product as the catalog had it, and for each variant "out of stock", "only N left" or "in
 * stock"), and it is served only while both are still the same. Checking that is the catalog cache's read and one
 * stock query, instead of building and rendering the page. Any other request, or a page that answered anything but
 * a plain 200 without cookies, goes to the page as before.
 *
 * <p>Only the product's own parameters ({@code variant}, {@code image}) are accepted in a cached address, and the
 * cache holds at most {@value #MAX_PAGES} pages (the least recently used go first). Each server has its own.
 * Responses say {@code X-Page-Cache: hit} or {@code miss} when the cache was asked. Mapped in web.xml, before the
 * catalog's addresses.
 */
public class ProductPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The request attribute under which {@link ProductPage} leaves what it rendered the page from. */
    static final String RENDERED_FROM = ProductPageCache.class.getName() + ".renderedFrom";
    static final String HEADER = "X-Page-Cache";
    static final int MAX_PAGES = 1_000;

    private static final Pattern PRODUCT = Pattern.compile("/p/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final Pattern PRODUCT_PARAMETERS = Pattern.compile("(?:variant|image)=\\d{1,18}"
            + "(?:&(?:variant|image)=\\d{1,18})?");

    /** What a product page shows depends on: the product, and per variant what its stock lets the page say. */
    record Facts(ProductDetail product, Map<Long, Integer> stock) {
    }

    private record Page(Facts facts, String contentType, byte[] body) {
    }

    @Inject
    transient CatalogService catalog;

    @EJB
    transient StockManagement stockManagement;

    private final transient Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Page> eldest) {
            return size() > MAX_PAGES;
        }
    };

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> slug = cacheable(request);
        if (slug.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        Page page = page(key);
        if (page != null && page.facts().equals(factsNow(slug.get()))) {
            response.setHeader(HEADER, "hit");
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(request, captured);
        if (captured.passedOn()) {
            return; // an error or a redirect: the container answers
        }
        byte[] body = captured.body();
        if (request.getAttribute(RENDERED_FROM) instanceof Facts facts && captured.keepable()
                && request.getSession(false) == null && !response.containsHeader("Set-Cookie")) {
            remember(key, new Page(facts, captured.getContentType(), body));
        }
        response.setHeader(HEADER, "miss");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The product's slug when the request may be answered from the cache: a GET of a product page, no cookies. */
    private static Optional<String> cacheable(HttpServletRequest request) {
        String pathInfo = request.getPathInfo();
        return cacheable(request.getMethod(),
                request.getHeader("Cookie") != null || request.getHeader("Authorization") != null,
                request.getServletPath() + (pathInfo == null ? "" : pathInfo), request.getQueryString());
    }

    /**
     * The product's slug when a request may be answered from the cache: a GET without anything personal (cookies,
     * credentials) of a product page's address with none but the page's own parameters.
     */
    static Optional<String> cacheable(String method, boolean personal, String path, String query) {
        if (!"GET".equals(method) || personal || query != null && !PRODUCT_PARAMETERS.matcher(query).matches()) {
            return Optional.empty();
        }
        Matcher matcher = PRODUCT.matcher(path);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Per variant what the page says of its stock: 0 (out of stock), 1 to {@code fewLeft} (only that many left), or
     * {@code fewLeft + 1} for "in stock", however many that is.
     */
    static Map<Long, Integer> stockShown(List<VariantView> variants, Map<Long, Integer> units, int fewLeft) {
        return variants.stream().collect(Collectors.toMap(VariantView::skuId,
                v -> Math.max(0, Math.min(units.getOrDefault(v.skuId(), 0), fewLeft + 1))));
    }

    private Facts factsNow(String slug) {
        return catalog.product(slug).map(product -> new Facts(product, stockShown(product.variants(),
                stockManagement.available(product.variants().stream().map(VariantView::skuId).toList()),
                ProductPage.FEW_LEFT))).orElse(null);
    }

    private Page page(String key) {
        synchronized (pages) {
            return pages.get(key);
        }
    }

    private void remember(String key, Page page) {
        synchronized (pages) {
            pages.put(key, page);
        }
    }
}
