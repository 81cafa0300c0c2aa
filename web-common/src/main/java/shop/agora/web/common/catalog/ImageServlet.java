package shop.agora.web.common.catalog;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.ImageData;
import shop.agora.core.catalog.ProductManagement;

/**
 * Product pictures at {@code /{application}/img/{id}}, in every application that packs web-common (the merchant
 * portal's and back office's security constraints cover theirs). A picture never changes under its id, so browsers
 * keep it for a year and revalidate by its hash. Pictures are served as pictures only: no sniffing, and a content
 * security policy that lets an SVG draw but never run a script or load anything.
 */
@WebServlet(name = "Catalog images", urlPatterns = "/img/*")
public class ImageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("/([1-9][0-9]{0,17})");

    @Inject
    CatalogService catalog;

    @Inject
    ProductManagement products;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // a merchant also sees the pictures of its drafts; everyone else only those of products for sale
        boolean merchant = request.isUserInRole(Role.Names.MERCHANT);
        Optional<ImageData> found = id(request.getPathInfo())
                .flatMap(id -> merchant ? products.image(id).or(() -> catalog.image(id)) : catalog.image(id));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ImageData image = found.get();
        response.setHeader("ETag", etag(image.sha256()));
        response.setHeader("Cache-Control", (merchant ? "private" : "public") + ", max-age=31536000, immutable");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        if (matches(request.getHeader("If-None-Match"), image.sha256())) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(contentType(image.contentType()));
        response.setContentLength(image.data().length);
        response.getOutputStream().write(image.data());
    }

    /** The picture id of a path such as {@code /42}; nothing for anything else. */
    static Optional<Long> id(String pathInfo) {
        Matcher matcher = ID.matcher(pathInfo == null ? "" : pathInfo);
        return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    static String etag(String sha256) {
        return '"' + sha256 + '"';
    }

    /** Whether an If-None-Match header names this picture's version (weak or strong, or any with {@code *}). */
    static boolean matches(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String ours = etag(sha256);
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(ours)) {
                return true;
            }
        }
        return false;
    }

    /** The stored type when it is a picture's; anything else is only ever offered as bytes. */
    static String contentType(String stored) {
        return stored != null && stored.matches("image/[a-z0-9.+-]+") ? stored : "application/octet-stream";
    }
}
