package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.agora.core.demo.DemoData;
import shop.agora.it.support.BrowserIT;

/** The admin's category tree in headless Chromium. */
class CategoryAdminIT extends BrowserIT {

    @BeforeEach
    void signedInAsAdmin() {
        browser.signIn("/admin", DemoData.ADMIN_EMAIL, DemoData.ADMIN_PASSWORD);
    }

    @Test
    void anAdminCreatesRenamesAndDeletesACategory() {
        String name = "Maps " + MerchantCatalogIT.marker();
        browser.open("/admin/categories.xhtml");
        browser.type("category:name", name);
        browser.clickAndWait("category:create", "messages", name);

        browser.open("/admin/categories.xhtml");
        browser.selectTreeNode("category-tree", name);
        browser.waitForText("selected-path", name);
        browser.type("rename:name", name + " and Atlases");
        browser.clickAndWait("rename:save", "messages", name + " and Atlases");

        browser.open("/admin/categories.xhtml");
        browser.selectTreeNode("category-tree", name + " and Atlases");
        browser.waitForText("selected-path", name + " and Atlases");
        browser.click("delete:confirm");
        browser.clickAndWait("confirm-dialog:yes", "messages", "deleted");
        browser.open("/admin/categories.xhtml");
        assertTrue(!browser.text("category-tree").contains(name), "gone from the tree");
    }

    @Test
    void aCategoryWithProductsIsNotDeleted() {
        browser.open("/admin/categories.xhtml"); // the tree opens fully expanded
        browser.selectTreeNode("category-tree", "Bags");
        browser.waitForText("selected-path", "Bags");
        browser.click("delete:confirm");
        browser.clickAndWait("confirm-dialog:yes", "messages", "still has");
        browser.open("/admin/categories.xhtml");
        assertTrue(browser.text("category-tree").contains("Bags"));
    }
}
