package shop.agora.web.storefront.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The search box in the header of every storefront page (a GET form to {@code /search}, input {@code q}): it shows
 * the words of the current search. One for the application, like the header's other beans: the request it reads is
 * the current one.
 */
@Named
@ApplicationScoped
public class SearchBox {

    @Inject
    HttpServletRequest request;

    public String getQuery() {
        String typed = request.getParameter(ListingUrls.QUERY);
        return typed == null ? "" : typed.strip();
    }
}
