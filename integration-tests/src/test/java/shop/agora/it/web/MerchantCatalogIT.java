package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;

/** A merchant's catalog work in headless Chromium: products by form and by CSV, seen by customers. */
class MerchantCatalogIT extends BrowserIT {

    private static final String HEADER =
            "handle,name,description,brand,price,currency,status,categories,sku,variant,variant_price,weight_grams\n";

    @BeforeEach
    void signedInAsMerchant() {
        browser.signIn("/merchant", DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);
    }

    @Test
    void aCsvFileWithOneBadLineReportsThatLineAndImportsNothing() throws Exception {
        String word = marker();
        Path file = csv(HEADER
                + word + "-good,Good " + word + ",Fine.,Alder,19.90,EUR,active,bags," + word + "-G,Standard,,300\n"
                + word + "-bad,Bad " + word + ",Broken.,Alder,abc,EUR,active,bags," + word + "-B,Standard,,300\n");

        browser.open("/merchant/products/import.xhtml").upload("import:file", file);

        browser.waitForText("import-errors", "Line 3");
        String report = browser.text("import-errors");
        assertTrue(report.contains("\"abc\" is not a number"), report);
        assertFalse(report.contains("Line 2"), report);
        assertTrue(browser.text("import-result").toLowerCase().contains("nothing"), browser.text("import-result"));

        browser.open("/merchant/products/index.xhtml");
        browser.type("filter-text", word);
        browser.waitForText("products", "No");
        assertFalse(browser.text("products").contains(word), "the good line was not imported either");
    }

    @Test
    void aGoodCsvFileImportsItsProducts() throws Exception {
        String word = marker();
        Path file = csv(HEADER
                + word + "-tote,Tote " + word + ",Canvas tote.,Alder,24.00,EUR,active,bags," + word + "-T,Standard,,400\n"
                + word + "-cap,Cap " + word + ",Wool cap.,Alder,15.00,EUR,draft,watches," + word + "-C1,S,,80\n"
                + word + "-cap,,,,,,,," + word + "-C2,L,17.00,90\n");

        browser.open("/merchant/products/import.xhtml").upload("import:file", file);

        browser.waitForText("messages", "2");
        assertTrue(browser.text("messages").contains("created"), browser.text("messages"));
        browser.open("/merchant/products/index.xhtml");
        browser.type("filter-text", word);
        browser.waitForText("products", "Tote " + word);
        assertTrue(browser.text("products").contains("Cap " + word), browser.text("products"));
    }

    private static Path csv(String content) throws Exception {
        Path file = Files.createTempFile("products-", ".csv");
        Files.writeString(file, content);
        file.toFile().deleteOnExit();
        return file;
    }

    static String marker() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16)));
        }
        return word.toString();
    }
}
