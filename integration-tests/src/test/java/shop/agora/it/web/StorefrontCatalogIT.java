package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;

/** Customers find products in headless Chromium; a merchant's new product can be found by search. */
class StorefrontCatalogIT extends BrowserIT {

    @Test
    void aCustomerSearchesFiltersByCategoryAndPriceAndOpensAProduct() {
        browser.open("/shop/");
        browser.type("search:q_input", "auro"); // suggestions as the customer types
        String suggested = browser.attribute(By.cssSelector("#search-suggestions option"), "value");
        assertTrue(suggested.toLowerCase(Locale.ROOT).contains("auro"), suggested);
        browser.type("search:q_input", "laptop").submit("search:submit");
        assertTrue(browser.path().startsWith("/shop/search?q=laptop"), browser.path());
        long all = count();
        assertTrue(all > 0);

        browser.submit("facet-category-electronics");
        browser.submit("facet-category-laptops");
        long laptops = count();
        assertTrue(laptops > 0 && laptops <= all, laptops + " of " + all);
        assertTrue(browser.path().contains("category=laptops"), browser.path());

        browser.submit("facet-price-500-");
        long dear = count();
        assertTrue(dear > 0 && dear <= laptops, dear + " of " + laptops);
        for (String price : browser.texts(By.cssSelector("#results .product-price"))) {
            assertTrue(amount(price).compareTo(new BigDecimal("500")) >= 0, price);
        }

        String name = browser.texts(By.cssSelector("#results .product-card .product-name")).get(0);
        browser.clickFirst(By.cssSelector("#results a.product-card"));
        assertEquals(name, browser.text("product-name"));
        assertTrue(browser.path().startsWith("/shop/p/"), browser.path());
        assertTrue(amount(browser.text("product-price")).compareTo(new BigDecimal("500")) >= 0);
        assertTrue(browser.text("breadcrumbs").contains("Laptops"), browser.text("breadcrumbs"));
        assertEquals("In stock", browser.text("product-availability"));
        assertTrue(browser.title().contains(name), browser.title());
    }

    @Test
    void aMisspeltSearchShowsWhatItSearchedForAndNonsenseGetsHelp() {
        browser.open("/shop/search?q=lapotp");
        assertTrue(browser.text("corrected-query").contains("laptop"), browser.text("corrected-query"));
        assertTrue(count() > 0);

        browser.open("/shop/search?q=qqqzzzxxxwww");
        assertTrue(browser.has("no-results"), browser.pageText());
        assertFalse(browser.texts(By.cssSelector("#no-results a[id^='popular-category-']")).isEmpty(),
                "popular categories are offered");

        browser.open("/shop/search?q=laptop+wok");
        assertTrue(browser.has("no-results"), "no laptop is a wok: " + browser.pageText());
        browser.submit("no-results-any-words");
        assertTrue(count() > 0, "products with either word: " + browser.pageText());
        assertTrue(browser.title().contains("laptop or wok"), browser.title());
    }

    @Test
    void aMerchantsNewProductIsFoundByCustomersAndItsNameStaysText() {
        String word = MerchantCatalogIT.marker();
        String name = "Desk Lamp <script>alert(1)</script> " + word;
        browser.signIn("/merchant", DemoData.MERCHANT_EMAIL, DemoData.MERCHANT_PASSWORD);
        browser.open("/merchant/products/edit.xhtml");
        browser.type("product:name", name).type("product:brand", "Alder").type("product:price", "49.90")
                .type("product:description", "A lamp for the desk.");
        browser.tick("product:categories", "Home & Kitchen › Lighting");
        browser.type("product:variants:0:code", word.toUpperCase() + "-1").type("product:variants:0:label", "Standard")
                .type("product:variants:0:weightGrams", "1200");
        browser.submit("product:save");
        browser.waitForText("messages", "Saved");
        browser.submit("product:publish");
        browser.waitForText("product:status", "ctive");

        browser.forgetCookies();
        browser.open("/shop/");
        browser.type("search:q_input", word).submit("search:submit");
        assertEquals(1, count());
        assertEquals(name, browser.texts(By.cssSelector("#results .product-name")).get(0));
        browser.clickFirst(By.cssSelector("#results a.product-card"));
        assertEquals(name, browser.text("product-name"));
        assertTrue(browser.title().contains(name), "the title shows the name as text: " + browser.title());
        assertFalse(browser.source().contains("<script>alert(1)</script>"), "never markup");
        assertEquals("Alder", browser.text("product-brand"));
        assertTrue(browser.text("product-merchant").contains(DemoData.MERCHANT_NAME));
    }

    @Test
    void allCategoriesAreListedOnOnePage() {
        browser.open("/shop/");
        browser.submit("all-categories-link");
        String page = browser.text("all-categories");
        for (String category : new String[] {"Electronics", "Laptops", "Home & Kitchen", "Board Games"}) {
            assertTrue(page.contains(category), page);
        }
    }

    private static long count() {
        String text = browser.text("result-count");
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }

    private static BigDecimal amount(String price) {
        return new BigDecimal(price.replaceAll("[^0-9.]", ""));
    }
}
