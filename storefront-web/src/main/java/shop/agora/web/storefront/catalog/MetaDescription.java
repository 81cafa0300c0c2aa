package shop.agora.web.storefront.catalog;

/** The text of a page's {@code <meta name="description">}: one line, short enough for a search engine's result. */
public final class MetaDescription {

    static final int MAX_LENGTH = 160;

    private MetaDescription() {
    }

    /** The text on one line, cut after a whole word with an ellipsis when it is longer than 160 characters. */
    public static String of(String text) {
        String line = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (line.length() <= MAX_LENGTH) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_LENGTH - 1);
        if (cut < MAX_LENGTH / 2) {
            cut = MAX_LENGTH - 1; // one very long word
            if (Character.isHighSurrogate(line.charAt(cut - 1))) {
                cut--;
            }
        }
        return line.substring(0, cut).replaceAll("[\\s.,;:!?\\-]+$", "") + "\u2026";
    }
}
