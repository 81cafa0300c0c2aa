package shop.agora.web.storefront;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import shop.agora.core.catalog.CatalogService;

/** Backing bean of {@code index.xhtml}, the shop's front page: top categories, featured and newest products. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    CatalogService catalog;

    private shop.agora.core.catalog.HomePage home;

    public shop.agora.core.catalog.HomePage getHome() {
        if (home == null) {
            home = catalog.home();
        }
        return home;
    }
}
