package shop.agora.core.notification.control;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The email templates in {@code mail/} (Mustache): {@code <name>.txt} for the plain-text part and {@code <name>.html}
 * for the HTML part, which is put into {@code layout.html}. Values are HTML-escaped in the HTML part and left as they
 * are in the text part; a missing value is an error, not an empty string.
 */
public final class MailTemplates {

    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).strictSections(false);
    private static final Mustache.Compiler TEXT = Mustache.compiler().escapeHTML(false).strictSections(false);
    private static final Map<String, Template> CACHE = new ConcurrentHashMap<>();

    /** Both parts of a rendered mail. */
    public record Rendered(String text, String html) {
    }

    private MailTemplates() {
    }

    public static Rendered render(String name, Map<String, Object> model) {
        String text = template(name + ".txt", TEXT).execute(model);
        String body = template(name + ".html", HTML).execute(model);
        Map<String, Object> page = new HashMap<>(model);
        page.put("body", body);
        String html = template("layout.html", HTML).execute(page);
        return new Rendered(text, html);
    }

    private static Template template(String file, Mustache.Compiler compiler) {
        return CACHE.computeIfAbsent(file, f -> {
            try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("mail/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("No mail template mail/" + f);
                }
                try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return compiler.compile(reader);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
