package shop.agora.core.catalog.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** URL slugs: lower-case ASCII words joined by dashes ("Café Crème 2000!" -> "cafe-creme-2000"), unique on demand. */
public final class Slugs {

    public static final int MAX_LENGTH = 200;

    private Slugs() {
    }

    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "item" : slug;
    }

    /** The slug of the text, or with "-2", "-3", ... appended until {@code taken} says it is free. */
    public static String unique(String text, Predicate<String> taken) {
        String base = slugify(text);
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    public static boolean isSlug(String value) {
        return value != null && value.matches("[a-z0-9]+(-[a-z0-9]+)*") && value.length() <= MAX_LENGTH + 10;
    }
}
