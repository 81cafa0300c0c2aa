package shop.agora.web.storefront.cart;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import shop.agora.core.inventory.SkuQuantity;

/**
 * A copy of a guest's cart in a cookie ({@value #NAME}: {@code skuId.quantity} pairs joined by {@code _}), so the
 * cart outlives the session: after a session expired (for example in the middle of checkout) the guest still finds
 * their items. It holds SKU ids and quantities only, which the server prices and checks again like any cart line;
 * anything that does not read as such a list is ignored as a whole.
 */
final class GuestCartCookie {

    static final String NAME = "agora_cart";

    /** Lines a guest cart holds at most (also keeps the cookie small: about 14 characters a line). */
    static final int MAX_LINES = 100;

    static final int MAX_QUANTITY = 99;

    private static final int MAX_AGE = (int) Duration.ofDays(30).toSeconds();
    private static final Pattern FORMAT = Pattern.compile("[1-9][0-9]{0,17}\\.[1-9][0-9]?(_[1-9][0-9]{0,17}\\.[1-9][0-9]?)*");

    private GuestCartCookie() {
    }

    static String encode(List<SkuQuantity> lines) {
        return lines.stream().limit(MAX_LINES).map(l -> l.skuId() + "." + l.quantity())
                .collect(Collectors.joining("_"));
    }

    /** The lines of a cookie value; none when the value is not one this class wrote. */
    static List<SkuQuantity> decode(String value) {
        if (value == null || value.length() > MAX_LINES * 22 || !FORMAT.matcher(value).matches()) {
            return List.of();
        }
        Map<Long, Integer> lines = new LinkedHashMap<>();
        for (String pair : value.split("_")) {
            int dot = pair.indexOf('.');
            lines.merge(Long.parseLong(pair.substring(0, dot)), Integer.parseInt(pair.substring(dot + 1)),
                    (a, b) -> Math.min(a + b, MAX_QUANTITY));
        }
        if (lines.size() > MAX_LINES) {
            return List.of();
        }
        List<SkuQuantity> result = new ArrayList<>();
        lines.forEach((sku, quantity) -> result.add(new SkuQuantity(sku, quantity)));
        return result;
    }

    static List<SkuQuantity> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return decode(cookie.getValue());
            }
        }
        return List.of();
    }

    /** The number of items in the cookie's cart, for the header of a visitor without a session. */
    static int itemCount(HttpServletRequest request) {
        return read(request).stream().mapToInt(SkuQuantity::quantity).sum();
    }

    /** Writes the lines, or removes the cookie when there are none. */
    static void write(HttpServletRequest request, HttpServletResponse response, List<SkuQuantity> lines) {
        boolean empty = lines.isEmpty();
        if (empty && read(request).isEmpty()) {
            return; // nothing to remove
        }
        Cookie cookie = new Cookie(NAME, empty ? "" : encode(lines));
        String path = request.getContextPath();
        cookie.setPath(path.isEmpty() ? "/" : path);
        cookie.setMaxAge(empty ? 0 : MAX_AGE);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
