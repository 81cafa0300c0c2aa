package shop.agora.core.catalog.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Proposes a corrected spelling of a query from words that do occur in the catalog: each query word is replaced by
 * the closest catalog word (Damerau-Levenshtein distance, at most a third of the word's length), if any.
 */
public final class Spelling {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private Spelling() {
    }

    /** The corrected query, or null when no word needs correcting. */
    public static String correct(String query, Collection<String> catalogTexts) {
        List<String> vocabulary = new ArrayList<>();
        for (String text : catalogTexts) {
            words(text).forEach(vocabulary::add);
        }
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words(query)) {
            String best = word;
            int bestDistance = Integer.MAX_VALUE;
            int allowed = Math.max(1, word.length() / 3);
            for (String candidate : vocabulary) {
                if (candidate.equals(word)) {
                    best = word;
                    bestDistance = 0;
                    break;
                }
                int distance = distance(word, candidate);
                if (distance <= allowed && distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
            changed |= !best.equals(word);
            corrected.add(best);
        }
        return changed ? String.join(" ", corrected) : null;
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        var matcher = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        return words;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost 1. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
