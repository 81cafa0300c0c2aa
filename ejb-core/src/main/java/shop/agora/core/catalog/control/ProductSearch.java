package shop.agora.core.catalog.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import shop.agora.core.catalog.Facets;
import shop.agora.core.catalog.Facets.CategoryCount;
import shop.agora.core.catalog.Facets.MerchantCount;
import shop.agora.core.catalog.Facets.PriceCount;
import shop.agora.core.catalog.Facets.ValueCount;
import shop.agora.core.catalog.PriceRange;
import shop.agora.core.catalog.ProductCard;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SearchResult;
import shop.agora.core.shared.Money;

/**
 * Storefront search on PostgreSQL. Full-text search over a weighted vector (name A, brand B, description C; an exact
 * name match gets a bonus) ranks the results. When the words as typed match nothing, a trigram search on names
 * (pg_trgm word similarity) finds what was probably meant, and the corrected spelling is reported. Facet counts
 * come from the same match, each with every filter but its own.
 */
public class ProductSearch {

    /** How alike a misspelt query and a product name must be (pg_trgm word similarity, 0..1). */
    static final String FUZZY_THRESHOLD = "0.4";

    private static final String CARD_COLUMNS = "p.id, p.slug, p.name, p.brand, p.price_amount, p.price_currency, "
            + "p.merchant_id, m.name, "
            + "(select pi.image_id from product_image pi where pi.product_id = p.id order by pi.position limit 1), "
            + "p.in_stock";

    private final EntityManager em;

    public ProductSearch(EntityManager em) {
        this.em = em;
    }

    public SearchResult search(SearchRequest request) {
        Match match = request.hasQuery() ? Match.fullText(request.query()) : Match.all();
        SearchResult result = run(request, match, null);
        if (result.isEmpty() && request.hasQuery()) {
            em.createNativeQuery("select set_config('pg_trgm.word_similarity_threshold', '" + FUZZY_THRESHOLD
                    + "', true)").getSingleResult();
            Match fuzzy = Match.fuzzy(request.query());
            List<String> names = names(fuzzy);
            String corrected = Spelling.correct(request.query(), names);
            if (!names.isEmpty()) {
                result = run(request, fuzzy, corrected == null ? request.query() : corrected);
            }
        }
        return result;
    }

    /** Names of active products whose name starts with or contains the typed text, for suggestions. */
    public List<String> suggest(String prefix, int limit) {
        String typed = prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT);
        if (typed.length() < 2) {
            return List.of();
        }
        String like = "%" + typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("select p.name from product p where p.status = 'ACTIVE' "
                        + "and lower(p.name) like ? order by (lower(p.name) like ?) desc, length(p.name), p.name "
                        + "limit ?")
                .setParameter(1, like)
                .setParameter(2, typed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .setParameter(3, limit)
                .getResultList();
        return names;
    }

    private SearchResult run(SearchRequest request, Match match, String correctedQuery) {
        SqlFilter all = filters(request, null);
        String order = switch (request.sort()) {
            case PRICE_ASC -> "p.price_amount asc, p.id";
            case PRICE_DESC -> "p.price_amount desc, p.id";
            case NEWEST -> "p.published_at desc nulls last, p.id desc";
            case RELEVANCE -> match.ranked() ? "rank desc, p.id" : "p.published_at desc nulls last, p.id desc";
        };
        String sql = "select " + CARD_COLUMNS + ", " + match.rank() + " as rank, count(*) over () as total "
                + "from product p join merchant m on m.id = p.merchant_id "
                + "where p.status = 'ACTIVE' and " + match.condition() + all.sql()
                + " order by " + order + " limit ? offset ?";
        List<Object> parameters = new ArrayList<>(match.rankParameters());
        parameters.addAll(match.parameters());
        parameters.addAll(all.parameters());
        parameters.add(request.pageSize());
        parameters.add((request.page() - 1) * request.pageSize());
        List<Object[]> rows = rows(sql, parameters);
        long total = rows.isEmpty() ? count(match, all) : ((Number) rows.get(0)[11]).longValue();
        List<ProductCard> cards = rows.stream().map(ProductSearch::card).toList();
        Facets facets = total == 0 && request.brands().isEmpty() && request.priceRange() == null
                && request.merchantIds().isEmpty() && !request.inStockOnly() && request.category() == null
                ? Facets.none() : facets(request, match);
        return new SearchResult(request, cards, total, facets, correctedQuery);
    }

    private long count(Match match, SqlFilter filter) {
        List<Object> parameters = new ArrayList<>(match.parameters());
        parameters.addAll(filter.parameters());
        return ((Number) single("select count(*) from product p where p.status = 'ACTIVE' and " + match.condition()
                + filter.sql(), parameters)).longValue();
    }

    private List<String> names(Match fuzzy) {
        List<Object[]> rows = rows("select p.name, p.brand from product p where p.status = 'ACTIVE' and "
                + fuzzy.condition() + " order by " + fuzzy.rank() + " desc limit 20",
                concat(fuzzy.parameters(), fuzzy.rankParameters()));
        List<String> names = new ArrayList<>();
        for (Object[] row : rows) {
            names.add(row[0] + (row[1] == null ? "" : " " + row[1]));
        }
        return names;
    }

    private Facets facets(SearchRequest request, Match match) {
        return new Facets(categoryCounts(request, match), priceCounts(request, match), brandCounts(request, match),
                merchantCounts(request, match), availability(request, match, true),
                availability(request, match, false));
    }

    private List<CategoryCount> categoryCounts(SearchRequest request, Match match) {
        SqlFilter filter = filters(request, Dimension.CATEGORY);
        // the categories shown: below the chosen one, or the top level
        String level = request.category() == null ? "c.parent_id is null"
                : "c.parent_id = (select id from category where slug = ?)";
        List<Object> parameters = new ArrayList<>(match.parameters());
        parameters.addAll(filter.parameters());
        if (request.category() != null) {
            parameters.add(request.category());
        }
        List<Object[]> rows = rows("with hits as (select p.id from product p where p.status = 'ACTIVE' and "
                + match.condition() + filter.sql() + ") "
                + "select c.id, c.slug, c.name, count(distinct h.id) from category c "
                + "join category leaf on leaf.path like c.path || '%' "
                + "join product_category pc on pc.category_id = leaf.id "
                + "join hits h on h.id = pc.product_id "
                + "where " + level + " group by c.id, c.slug, c.name, c.position order by c.position, c.name",
                parameters);
        return rows.stream().map(r -> new CategoryCount(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).longValue())).toList();
    }

    private List<PriceCount> priceCounts(SearchRequest request, Match match) {
        SqlFilter filter = filters(request, Dimension.PRICE);
        StringBuilder sums = new StringBuilder();
        for (PriceRange range : PriceRange.values()) {
            sums.append(sums.isEmpty() ? "" : ", ").append("count(*) filter (where ")
                    .append(range.from() == null ? "true" : "p.price_amount >= " + range.from().toPlainString())
                    .append(range.below() == null ? "" : " and p.price_amount < " + range.below().toPlainString())
                    .append(')');
        }
        Object[] row = (Object[]) single("select " + sums + " from product p where p.status = 'ACTIVE' and "
                + match.condition() + filter.sql(), concat(match.parameters(), filter.parameters()));
        List<PriceCount> counts = new ArrayList<>();
        PriceRange[] ranges = PriceRange.values();
        for (int i = 0; i < ranges.length; i++) {
            long count = ((Number) row[i]).longValue();
            if (count > 0 || ranges[i].key().equals(request.priceRange())) {
                counts.add(new PriceCount(ranges[i].key(), label(ranges[i]), count));
            }
        }
        return counts;
    }

    private List<ValueCount> brandCounts(SearchRequest request, Match match) {
        SqlFilter filter = filters(request, Dimension.BRAND);
        List<Object[]> rows = rows("select p.brand, count(*) from product p where p.status = 'ACTIVE' and "
                + "p.brand is not null and " + match.condition() + filter.sql()
                + " group by p.brand order by count(*) desc, p.brand limit 25",
                concat(match.parameters(), filter.parameters()));
        return rows.stream().map(r -> new ValueCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    private List<MerchantCount> merchantCounts(SearchRequest request, Match match) {
        SqlFilter filter = filters(request, Dimension.MERCHANT);
        List<Object[]> rows = rows("select m.id, m.name, count(*) from product p join merchant m on m.id = "
                + "p.merchant_id where p.status = 'ACTIVE' and " + match.condition() + filter.sql()
                + " group by m.id, m.name order by count(*) desc, m.name limit 25",
                concat(match.parameters(), filter.parameters()));
        return rows.stream().map(r -> new MerchantCount(((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    private long availability(SearchRequest request, Match match, boolean inStock) {
        SqlFilter filter = filters(request, Dimension.AVAILABILITY).and("p.in_stock = ?", inStock);
        return ((Number) single("select count(*) from product p where p.status = 'ACTIVE' and " + match.condition()
                + filter.sql(), concat(match.parameters(), filter.parameters()))).longValue();
    }

    private enum Dimension { CATEGORY, PRICE, BRAND, MERCHANT, AVAILABILITY }

    /** The request's filters, leaving out one dimension (for that dimension's own counts). */
    private SqlFilter filters(SearchRequest request, Dimension without) {
        SqlFilter filter = new SqlFilter();
        if (request.category() != null && without != Dimension.CATEGORY) {
            filter.and("exists (select 1 from product_category pc join category c on c.id = pc.category_id "
                    + "where pc.product_id = p.id and c.path like (select path from category where slug = ?) || '%')",
                    request.category());
        }
        PriceRange range = PriceRange.byKey(request.priceRange());
        if (range != null && without != Dimension.PRICE) {
            if (range.from() != null) {
                filter.and("p.price_amount >= ?", range.from());
            }
            if (range.below() != null) {
                filter.and("p.price_amount < ?", range.below());
            }
        }
        if (without != Dimension.BRAND) {
            filter.andIn("p.brand", request.brands());
        }
        if (without != Dimension.MERCHANT) {
            filter.andIn("p.merchant_id", request.merchantIds());
        }
        if (request.inStockOnly() && without != Dimension.AVAILABILITY) {
            filter.and("p.in_stock");
        }
        return filter;
    }

    private static String label(PriceRange range) {
        if (range.from() == null) {
            return "Under " + range.below().toPlainString();
        }
        if (range.below() == null) {
            return range.from().toPlainString() + " and above";
        }
        return range.from().toPlainString() + " to " + range.below().toPlainString();
    }

    private static ProductCard card(Object[] row) {
        return new ProductCard(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                Money.of((BigDecimal) row[4], ((String) row[5]).strip()), ((Number) row[6]).longValue(),
                (String) row[7], row[8] == null ? null : ((Number) row[8]).longValue(), (Boolean) row[9]);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).getResultList();
    }

    private Object single(String sql, List<Object> parameters) {
        return bind(em.createNativeQuery(sql), parameters).getSingleResult();
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** How products match the typed words, and how well. */
    private record Match(String condition, List<Object> parameters, String rank, List<Object> rankParameters,
            boolean ranked) {

        static Match all() {
            return new Match("true", List.of(), "0", List.of(), false);
        }

        static Match fullText(String query) {
            return new Match("p.search @@ websearch_to_tsquery('english', ?)", List.of(query),
                    "ts_rank_cd(p.search, websearch_to_tsquery('english', ?)) "
                            + "+ case when lower(p.name) = lower(?) then 10 else 0 end",
                    List.of(query, query), true);
        }

        static Match fuzzy(String query) {
            String typed = query.toLowerCase(Locale.ROOT);
            return new Match("? <% lower(p.name)", List.of(typed), "word_similarity(?, lower(p.name))",
                    List.of(typed), true);
        }
    }
}
