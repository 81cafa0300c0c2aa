package shop.agora.web.merchant.orders;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import shop.agora.core.order.MerchantOrders;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Refusals;

/**
 * {@code /orders/label?parcel=123}: the printable label (PDF) of one of the merchant's parcels, opened in the
 * browser. A plain GET link (no form, no view state), so it keeps working however long the order page has been
 * open; like every path of the portal it needs a signed-in merchant (web.xml), and the service hands out only that
 * merchant's labels. A missing or malformed id, and another shop's parcel, are "not found" (404) with a short text.
 */
@WebServlet("/orders/label")
public class LabelServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern UNSAFE_IN_FILE_NAME = Pattern.compile("[^A-Za-z0-9._-]");

    @EJB
    MerchantOrders orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = parcelId(request.getParameter("parcel"));
        if (id.isEmpty()) {
            notFound(response, ResourceBundle.getBundle("shop.agora.web.merchant.Texts", Locale.ENGLISH)
                    .getString("label.notFound"));
            return;
        }
        MerchantOrders.Label label;
        try {
            label = orders.label(id.getAsLong());
        } catch (DomainException | EJBException thrown) {
            notFound(response, Refusals.message(thrown)); // anything but a refusal goes on to the error page
            return;
        }
        byte[] pdf = label.pdf();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName(label.fileName()) + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }

    /** The parcel id of a {@code parcel} parameter such as {@code 123}; nothing for anything else. */
    static OptionalLong parcelId(String parameter) {
        String value = parameter == null ? "" : parameter.strip();
        return ID.matcher(value).matches() ? OptionalLong.of(Long.parseLong(value)) : OptionalLong.empty();
    }

    /**
     * The file name as it may stand in the header: letters, digits, dots, dashes and underscores only (tracking
     * numbers are made of these anyway), so a name can never end the quoted string or the header.
     */
    static String fileName(String name) {
        String safe = name == null ? "" : UNSAFE_IN_FILE_NAME.matcher(name.strip()).replaceAll("_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "label.pdf" : safe;
    }

    private static void notFound(HttpServletResponse response, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain;charset=UTF-8");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
