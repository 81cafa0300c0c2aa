package shop.agora.web.storefront.catalog;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog's short addresses: {@code /c/{slug}} shows {@code /category.xhtml}, {@code /p/{slug}} shows
 * {@code /product.xhtml} and {@code /search} shows {@code /search.xhtml}. The request is forwarded inside the
 * application, so the browser keeps the short address, and its query string (filters, order, page) goes along.
 * Anything else under these paths (an empty slug, a slash too many, characters no slug has) answers 404 at once.
 * Mapped in web.xml.
 */
public class CatalogUrlFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Slugs as the catalog makes them: lower-case ASCII words joined by single dashes. */
    private static final Pattern PAGE = Pattern.compile("/([cp])/([a-z0-9]+(?:-[a-z0-9]+)*)");
    private static final int MAX_SLUG_LENGTH = 250;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String pathInfo = request.getPathInfo();
        Optional<String> page = page(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
        if (page.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String typed = request.getParameter(SEARCH_BOX_INPUT);
        if (typed != null && request.getParameter("q") == null) {
            // the header's search box submits its input under the component's name: answer with the canonical,
            // bookmarkable address of the search
            response.sendRedirect(request.getContextPath() + ListingUrls.SEARCH_PATH + "?q="
                    + URLEncoder.encode(typed.strip(), StandardCharsets.UTF_8));
            return;
        }
        request.getRequestDispatcher(page.get()).forward(request, response);
    }

    /** The request parameter under which the search box in the header sends what was typed. */
    static final String SEARCH_BOX_INPUT = "search:q_input";

    /** The Faces page (with its slug parameter) that shows the catalog address {@code path}, if it is one. */
    static Optional<String> page(String path) {
        if (ListingUrls.SEARCH_PATH.equals(path)) {
            return Optional.of("/search.xhtml");
        }
        Matcher matcher = PAGE.matcher(path);
        if (!matcher.matches() || matcher.group(2).length() > MAX_SLUG_LENGTH) {
            return Optional.empty();
        }
        String view = matcher.group(1).equals("c") ? "/category.xhtml" : "/product.xhtml";
        return Optional.of(view + "?slug=" + URLEncoder.encode(matcher.group(2), StandardCharsets.UTF_8));
    }
}
