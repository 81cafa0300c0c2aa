package shop.agora.web.storefront;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Short addresses of the shop's pages: {@code /cart} shows {@code /cart.xhtml}, {@code /checkout/pay} shows
 * {@code /checkout-payment.xhtml} and so on (forwarded inside the application with the query string, so the browser
 * keeps the short address). Only the addresses listed here (and mapped in web.xml) are forwarded; the security
 * constraints apply to the short address as asked ({@code /account/orders} needs a signed-in customer).
 *
 * <p>Each short address is mapped to {@link ShortAddressServlet} as well, so the server does not look for a file or
 * folder of that name (it would answer {@code /cart} with a redirect to a folder {@code /cart/}).
 */
public class PageAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The short addresses and their pages. Keep in step with web.xml. */
    static final Map<String, String> PAGES = Map.of(
            "/cart", "/cart.xhtml",
            "/cart/add", "/cart-add.xhtml",
            "/checkout", "/checkout.xhtml",
            "/checkout/pay", "/checkout-payment.xhtml",
            "/order/confirmation", "/order/confirmation.xhtml",
            "/track", "/track.xhtml",
            "/track/order", "/track-order.xhtml",
            "/account/orders", "/account/orders.xhtml",
            "/account/order", "/account/order.xhtml");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String pathInfo = request.getPathInfo();
        String page = page(request.getServletPath() + (pathInfo == null ? "" : pathInfo));
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        request.getRequestDispatcher(page).forward(request, response);
    }

    /** The Faces page that shows this short address, or null when it is none. */
    static String page(String path) {
        return PAGES.get(path);
    }
}
