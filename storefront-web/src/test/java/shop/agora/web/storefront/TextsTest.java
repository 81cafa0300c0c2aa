package shop.agora.web.storefront;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.entity.OrderStatus;

/** Every text the pages and beans ask for is in Texts.properties. */
class TextsTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("shop.agora.web.storefront.Texts",
            Locale.ENGLISH);

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> missing = missing(Path.of("src/main/webapp"), ".xhtml", Pattern.compile("text\\['([^']+)'\\]"));
        assertTrue(missing.isEmpty(), "missing in Texts.properties: " + missing);
    }

    @Test
    void everyKeyTheBeansUseExists() throws IOException {
        Set<String> missing = missing(Path.of("src/main/java"), ".java",
                Pattern.compile("Messages\\.app\\(\"([^\"]+)\""));
        assertTrue(missing.isEmpty(), "missing in Texts.properties: " + missing);
    }

    @Test
    void everyOrderStatusHasWords() {
        for (OrderStatus status : OrderStatus.values()) {
            assertTrue(TEXTS.containsKey("order.status." + status.name()), status.name());
        }
    }

    private static Set<String> missing(Path root, String suffix, Pattern key) throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!TEXTS.containsKey(matcher.group(1))) {
                        missing.add(matcher.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        return missing;
    }
}
