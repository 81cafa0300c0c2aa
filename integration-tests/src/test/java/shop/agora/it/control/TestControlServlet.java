package shop.agora.it.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import javax.sql.DataSource;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Db;
import shop.agora.it.support.TestProducts;

/**
 * What browser tests, which run outside the server, arrange through the services (test WAR, context root
 * /agora-it), as the in-container tests do with the identity beans:
 * <ul>
 * <li>{@code POST /control/clock?advance=PT30M} moves the platform's clock on by an ISO-8601 duration (as an admin,
 * through ClockControl) and answers the new time;</li>
 * <li>{@code POST /control/clock/reset} sets it back to the real time;</li>
 * <li>{@code POST /control/product?name=...&price=20.00} makes a published product of Northwind Outfitters with one
 * variant, 50 in stock, and answers its slug.</li>
 * </ul>
 */
@WebServlet("/control/*")
public class TestControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    AsAdmin admin;

    @EJB
    AsNorthwind northwind;

    @EJB
    AsSystem system;

    @EJB
    CatalogService catalog;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (String.valueOf(request.getPathInfo())) {
            case "/clock" -> {
                Duration by;
                try {
                    by = Duration.parse(String.valueOf(request.getParameter("advance")));
                } catch (DateTimeParseException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "advance is not a duration (PT30M)");
                    return;
                }
                answer(response, admin.clock(c -> c.advance(by)));
            }
            case "/clock/reset" -> {
                admin.clock(c -> {
                    c.reset();
                    return null;
                });
                answer(response, "reset");
            }
            case "/product" -> {
                String name = request.getParameter("name");
                BigDecimal price;
                try {
                    price = new BigDecimal(String.valueOf(request.getParameter("price")));
                } catch (NumberFormatException e) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "price is not an amount (20.00)");
                    return;
                }
                Db db = new Db(dataSource);
                long sku = TestProducts.stockedSku(catalog, northwind::products, system, db,
                        name == null || name.isBlank() ? "Test product" : name.strip(), price.toPlainString(), 50);
                answer(response, db.text("select p.slug from product p join sku s on s.product_id = p.id "
                        + "where s.id = ?", sku));
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private static void answer(HttpServletResponse response, Object value) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(String.valueOf(value));
    }
}
