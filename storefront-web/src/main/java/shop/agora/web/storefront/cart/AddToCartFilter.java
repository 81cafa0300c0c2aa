package shop.agora.web.storefront.cart;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import shop.agora.web.common.security.SameOrigin;

/**
 * "Add to cart" as the product page's script sends it ({@code POST /cart/add} with {@code Accept: application/json},
 * see catalog.js), answered here with the small JSON object of {@link AddToCartAction} and without Faces: the answer
 * is no page, and building a Faces context and view for it was most of its cost. Everything else sent to
 * {@code /cart/add} (the form sent without the script, a GET) goes on to {@code cart-add.xhtml} as before. Like that
 * action, it refuses a form sent from another site's page (403).
 */
public class AddToCartFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    ShopCart cart;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"POST".equals(request.getMethod()) || !AddToCartAction.inPage(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (!SameOrigin.allows(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AddToCartAction.answer(response, cart, AddToCartAction.add(request, response, cart));
    }
}
