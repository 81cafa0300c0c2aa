package shop.agora.web.storefront;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import shop.agora.core.shared.Money;
import shop.agora.core.shipping.ShippingOption;
import shop.agora.web.common.faces.Messages;

/**
 * How the shop's pages write amounts, times, statuses and countries: {@code #{shopFormat.money(line.unitPrice(),
 * line.currency())}}, {@code #{shopFormat.status(order.status())}} ("Awaiting payment"). Amounts in the view's
 * locale; times in the server's time zone.
 */
@Named
@ApplicationScoped
public class ShopFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** "€1,200.00"; empty for no amount. */
    public String money(BigDecimal amount, String currency) {
        return amount == null || currency == null ? "" : Money.of(amount, currency).format(locale());
    }

    /** "21%" for 0.21. */
    public String percent(BigDecimal rate) {
        if (rate == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(rate);
    }

    /** A shipping method as the checkout offers it: "Standard, 1-2 days: Free". */
    public String shipping(ShippingOption option, String currency) {
        String days = option.deliveryDays() != null && option.deliveryDays().matches("[0-9]+(-[0-9]+)?")
                ? Messages.app("shipping.days", option.deliveryDays()) : option.deliveryDays();
        String price = option.free() ? Messages.app("shipping.free") : money(option.price(), currency);
        return Messages.app("shipping.option", option.name(), days, price);
    }

    /** A shipping price: "Free" or the amount. */
    public String shippingPrice(BigDecimal price, String currency) {
        return price != null && price.signum() == 0 ? Messages.app("shipping.free") : money(price, currency);
    }

    /** An order status in words: "Awaiting payment", "Confirmed"... */
    public String status(String status) {
        return text("order.status.", status);
    }

    /** A parcel's status in words: "Label created", "In transit"... */
    public String parcelStatus(String status) {
        return text("parcel.status.", status);
    }

    /** A payment's status in words: "Declined", "Paid"... */
    public String paymentStatus(String status) {
        return text("payment.status.", status);
    }

    /** The country's name for its ISO code: "Netherlands" for NL. */
    public String country(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = text("country.", code.strip());
        return name.equals(code.strip()) ? new Locale("", code.strip()).getDisplayCountry(Locale.ENGLISH) : name;
    }

    /** "Mar 3, 2026, 14:05". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "Mar 3, 2026". */
    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** "14:05". */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** The text with this key prefix and code, or the code itself when there is none. */
    private static String text(String prefix, String code) {
        if (code == null) {
            return "";
        }
        try {
            return Messages.app(prefix + code);
        } catch (MissingResourceException unknown) {
            return code;
        }
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
