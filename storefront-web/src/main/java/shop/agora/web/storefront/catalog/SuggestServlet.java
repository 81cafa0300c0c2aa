package shop.agora.web.storefront.catalog;

import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.web.storefront.Json;

/**
 * Suggestions for the search box while the customer types: {@code /shop/suggest?query=lap} answers the names
 * {@code CatalogService.suggest} finds, as the JSON the search box's script (catalog.js) reads:
 * {@code {"suggestions":[{"label":...,"value":...}],"moreAvailable":false}}. A plain GET rather than a Faces ajax
 * request, because the search box is a GET form in the header of every page: it needs no view state and no session,
 * so it never expires. The script puts the names into the options of a datalist as values, never as markup.
 */
@WebServlet(name = "Search suggestions", urlPatterns = "/suggest")
public class SuggestServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("query");
        List<String> names = typed == null || typed.isBlank() || typed.length() > SearchRequest.MAX_QUERY_LENGTH
                ? List.of() : catalog.suggest(typed);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "public, max-age=60");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (JsonGenerator json = Json.PROVIDER.createGenerator(response.getWriter())) {
            json.writeStartObject().writeStartArray("suggestions");
            for (String name : names) {
                json.writeStartObject().write("label", name).write("value", name).writeEnd();
            }
            json.writeEnd().write("moreAvailable", false).writeEnd();
        }
    }
}
