package shop.agora.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and times as the back office's pages show them: {@code #{formats.moment(order.createdAt())}}. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    /** "12 Mar 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "12 Mar 2026, 14:05" in the server's time zone. */
    public String moment(Instant instant) {
        return instant == null ? "" : MOMENT.format(instant);
    }
}
