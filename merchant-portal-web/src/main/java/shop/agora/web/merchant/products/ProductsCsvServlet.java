package shop.agora.web.merchant.products;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import shop.agora.core.catalog.ProductManagement;

/**
 * {@code /products/products.csv}: all the merchant's products as a CSV file in the import format, as a download.
 * A plain GET link (no form, no view state), so it keeps working however long the page has been open; like every
 * path of the portal it needs a signed-in merchant (web.xml), and the service exports only that merchant's products.
 */
@WebServlet("/products/products.csv")
public class ProductsCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductManagement products;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = products.exportCsv().getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"products.csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }
}
