package shop.agora.web.storefront;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The servlet of the shop's short addresses ({@code /p/*}, {@code /c/*}, {@code /search}, {@code /cart},
 * {@code /checkout} ...; see web.xml). Their filters ({@link PageAddressFilter}, the catalog's, add to cart) forward
 * each request to its page before it gets here; an address none of them knows ends here, "not found". Mapped so
 * that the server finds a servlet for them at once: without one it fell back to its default servlet, and first
 * looked the address up in the application's files (to redirect a folder's address to its "/"), about a tenth of
 * the CPU of a product page served from the page cache.
 */
public class ShortAddressServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
