package shop.agora.web.storefront.catalog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The search box in the header of every storefront page (a GET form to {@code /search}, input {@code q}): it shows
 * the words of the current search.
 */
@Named
@RequestScoped
public class SearchBox {

    @Inject
    HttpServletRequest request;

    private String query;

    public String getQuery() {
        if (query == null) {
            String typed = request.getParameter(ListingUrls.QUERY);
            query = typed == null ? "" : typed.strip();
        }
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
