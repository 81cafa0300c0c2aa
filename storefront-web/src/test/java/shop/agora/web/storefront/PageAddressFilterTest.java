package shop.agora.web.storefront;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class PageAddressFilterTest {

    @Test
    void theShopsShortAddressesShowTheirPages() {
        assertEquals("/cart.xhtml", PageAddressFilter.page("/cart"));
        assertEquals("/checkout-payment.xhtml", PageAddressFilter.page("/checkout/pay"));
        assertEquals("/cart-add.xhtml", PageAddressFilter.page("/cart/add"));
        assertEquals("/account/orders.xhtml", PageAddressFilter.page("/account/orders"));
        assertEquals("/order/confirmation.xhtml", PageAddressFilter.page("/order/confirmation"));
    }

    @Test
    void nothingElse() {
        assertNull(PageAddressFilter.page("/cart/"));
        assertNull(PageAddressFilter.page("/checkout/../admin"));
        assertNull(PageAddressFilter.page("/account/index"));
        assertNull(PageAddressFilter.page(""));
    }

    @Test
    void webXmlMapsEveryShortAddressToTheFilterAndToTheServletBehindTheFilters() throws Exception {
        Document webXml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src/main/webapp/WEB-INF/web.xml").toFile());
        Set<String> servlet = patterns(webXml, "servlet-mapping", "servlet-name", "Short addresses");
        assertEquals(new TreeSet<>(PageAddressFilter.PAGES.keySet()),
                patterns(webXml, "filter-mapping", "filter-name", "Page addresses"));
        Set<String> filtered = new TreeSet<>(PageAddressFilter.PAGES.keySet());
        filtered.addAll(patterns(webXml, "filter-mapping", "filter-name", "Catalog addresses"));
        filtered.addAll(patterns(webXml, "filter-mapping", "filter-name", "Add to cart"));
        filtered.addAll(patterns(webXml, "filter-mapping", "filter-name", "Product page cache"));
        assertEquals(filtered, servlet, "every address a filter forwards has the servlet behind it, and no other");
    }

    private static Set<String> patterns(Document webXml, String mapping, String nameElement, String name) {
        Set<String> found = new TreeSet<>();
        NodeList mappings = webXml.getElementsByTagName(mapping);
        for (int i = 0; i < mappings.getLength(); i++) {
            Element element = (Element) mappings.item(i);
            if (name.equals(element.getElementsByTagName(nameElement).item(0).getTextContent().strip())) {
                NodeList urls = element.getElementsByTagName("url-pattern");
                for (int j = 0; j < urls.getLength(); j++) {
                    found.add(urls.item(j).getTextContent().strip());
                }
            }
        }
        return found;
    }
}
