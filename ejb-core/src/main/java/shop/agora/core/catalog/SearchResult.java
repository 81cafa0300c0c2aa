package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;

/**
 * One page of results with the total and the facets.
 *
 * @param correctedQuery when nothing matched the query as typed, the spelling the results were found for
 *                       ("lapotp" -> "laptop"); otherwise null
 */
public record SearchResult(SearchRequest request, List<ProductCard> items, long total, Facets facets,
        String correctedQuery) implements Serializable {

    public SearchResult {
        items = List.copyOf(items); // serialisable, whatever list the caller built
    }

    public int pages() {
        return (int) Math.max(1, (total + request.pageSize() - 1) / request.pageSize());
    }

    public boolean isEmpty() {
        return total == 0;
    }
}
