package shop.agora.web.merchant.orders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import shop.agora.core.shared.Money;

/**
 * How the order pages write times, amounts and countries: {@code #{orderFormat.money(row.itemsTotal(),
 * row.currency())}}. Amounts in the view's locale, times in the server's time zone (as on the other pages).
 * Statuses are words from the texts: {@code #{text['orders.status.' += row.status()]}}.
 */
@Named
@ApplicationScoped
public class OrderFormat {

    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    /** "Mar 3, 2026, 2:05 PM"; empty for no time. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** "€1,200.00"; empty for no amount. */
    public String money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? "" : money(amount, currency, locale());
    }

    static String money(BigDecimal amount, String currency, Locale locale) {
        return amount == null || currency == null ? "" : Money.of(amount, currency).format(locale);
    }

    /** The country's name for its ISO code: "Netherlands" for NL; the code itself when it names no country. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = new Locale("", code.strip()).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() ? code.strip() : name;
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
