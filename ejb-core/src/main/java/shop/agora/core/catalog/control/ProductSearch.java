package shop.agora.core.catalog.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import shop.agora.core.catalog.Facets;
import shop.agora.core.catalog.Facets.CategoryCount;
import shop.agora.core.catalog.Facets.MerchantCount;
import shop.agora.core.catalog.Facets.PriceCount;
import shop.agora.core.catalog.Facets.ValueCount;
import shop.agora.core.catalog.PriceRange;
import shop.agora.core.catalog.ProductCard;
import shop.agora.core.catalog.SearchRequest;
import shop.agora.core.catalog.SearchResult;
import shop.agora.core.catalog.SortOrder;
import shop.agora.core.shared.Money;

/**
 * Storefront search on PostgreSQL. Full-text search over a weighted vector (name A, brand B, description C; an exact
 * name match gets a bonus) ranks the results. When the words as typed match nothing, each word is compared with the
 * words of the catalog's names and brands (the search_word table, pg_trgm similarity, then the edit distance): if a
 * corrected spelling finds products, those are shown and the spelling is reported. Facet counts come from the same
 * match, each with every filter but its own; the category bounds the match, and its facet shows the subcategories.
 */
public class ProductSearch {

    /** How alike a misspelt word and a catalog word must be to be compared further (pg_trgm similarity, 0..1). */
    static final String SPELLING_THRESHOLD = "0.2";

    /** Words of a query that are checked for misspellings; the rest are kept as typed. */
    static final int MAX_CHECKED_WORDS = 8;

    private static final String CARD_COLUMNS = "p.id, p.slug, p.name, p.brand, p.price_amount, p.price_currency, "
            + "p.merchant_id, m.name, "
            + "(select pi.image_id from product_image pi where pi.product_id = p.id order by pi.position limit 1), "
            + "p.in_stock";

    /** Facet counts and the total of a search, which do not depend on its order or page. */
    public record Counts(long total, Facets facets) implements java.io.Serializable {
    }

    /** What counts are cached under: how the words matched, and the request without order and page. */
    public record CountsKey(String match, SearchRequest request) implements java.io.Serializable {
    }

    private final EntityManager em;
    private final CatalogCache cache;

    public ProductSearch(EntityManager em, CatalogCache cache) {
        this.em = em;
        this.cache = cache;
    }

    public SearchResult search(SearchRequest request) {
        Match match = request.hasQuery() ? Match.fullText(request.query()) : Match.all();
        SearchResultParts parts = counted(request, match);
        String corrected = null;
        if (parts.counts().total() == 0 && request.hasQuery()) {
            String spelling = Spelling.correct(request.query(), similarWords(request.query()));
            if (spelling != null) {
                SearchResultParts respelt = counted(request, Match.respelt(spelling));
                if (respelt.counts().total() > 0) {
                    parts = respelt;
                    corrected = spelling;
                }
            }
        }
        Counts counts = parts.counts();
        boolean filtered = !request.brands().isEmpty() || request.priceRange() != null
                || !request.merchantIds().isEmpty() || request.inStockOnly() || request.category() != null;
        return new SearchResult(request, parts.cards(), counts.total(),
                counts.total() == 0 && !filtered ? Facets.none() : counts.facets(), corrected);
    }

    /**
     * The page and the counts. Counts known from an earlier page or order of the same search are reused; a search
     * nobody asked recently gets both from one statement, so its words are matched and ranked once.
     */
    private SearchResultParts counted(SearchRequest request, Match match) {
        CountsKey key = new CountsKey(match.kind(), request.withSort(SortOrder.RELEVANCE));
        Optional<Counts> known = cache.knownCounts(key);
        if (known.isPresent()) {
            Counts counts = known.get();
            return new SearchResultParts(counts.total() == 0 ? List.of() : page(request, match), counts);
        }
        SearchResultParts parts;
        if (match.ranked()) {
            parts = pageAndCounts(request, match);
        } else {
            Counts counts = countAll(request, match);
            parts = new SearchResultParts(counts.total() == 0 ? List.of() : page(request, match), counts);
        }
        cache.rememberCounts(key, parts.counts());
        return parts;
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

    /** The products of the requested page. */
    private List<ProductCard> page(SearchRequest request, Match match) {
        List<Object> parameters = new ArrayList<>();
        String sql;
        if (!match.ranked()) {
            // browsing: walk the products in the requested order and stop after the page; no set of hits needed
            SqlFilter filter = category(request, "p").andAll(filters(request, null, "p"));
            String order = switch (request.sort()) {
                case PRICE_ASC -> "p.price_amount asc, p.id";
                case PRICE_DESC -> "p.price_amount desc, p.id";
                case NEWEST, RELEVANCE -> "p.published_at desc nulls last, p.id desc";
            };
            sql = "select " + CARD_COLUMNS + " from product p join merchant m on m.id = p.merchant_id "
                    + "where p.status = 'ACTIVE'" + filter.sql() + " order by " + order + " limit ? offset ?";
            parameters.addAll(filter.parameters());
        } else {
            // sort and cut the hits first, then read the page's products: joining before the cut reads every hit
            SqlFilter filter = filters(request, null, "h");
            String order = rankedOrder(request);
            sql = hits(request, match, parameters) + ", page as (select h.id, h.rank, h.price_amount, h.published_at "
                    + "from hits h where true" + filter.sql() + " order by " + order + " limit ? offset ?) "
                    + "select " + CARD_COLUMNS + " from page h join product p on p.id = h.id "
                    + "join merchant m on m.id = p.merchant_id order by " + order;
            parameters.addAll(filter.parameters());
        }
        parameters.add(request.pageSize());
        parameters.add((request.page() - 1) * request.pageSize());
        return rows(sql, parameters).stream().map(ProductSearch::card).toList();
    }

    private static String rankedOrder(SearchRequest request) {
        return switch (request.sort()) {
            case PRICE_ASC -> "h.price_amount asc, h.id";
            case PRICE_DESC -> "h.price_amount desc, h.id";
            case NEWEST -> "h.published_at desc nulls last, h.id desc";
            case RELEVANCE -> "h.rank desc, h.id";
        };
    }

    /**
     * The set of hits, materialised: every active product that matches the words and lies in the chosen category,
     * with what the filters, the order and the facets need.
     */
    private String hits(SearchRequest request, Match match, List<Object> parameters) {
        parameters.addAll(match.rankParameters());
        parameters.addAll(match.parameters());
        SqlFilter category = category(request, "p");
        parameters.addAll(category.parameters());
        return "with hits as materialized (select p.id, p.brand, p.merchant_id, p.price_amount, p.in_stock, "
                + "p.published_at, p.category_ids, " + match.rank() + " as rank from product p "
                + "where p.status = 'ACTIVE' and " + match.condition() + category.sql() + ")";
    }

    /**
     * The category bound: the product is in the chosen category or in one below it. Its category_ids hold the
     * categories it is in and all above them (GIN-indexed), so no join per product is needed.
     */
    private static SqlFilter category(SearchRequest request, String alias) {
        SqlFilter filter = new SqlFilter();
        if (request.category() != null) {
            filter.and(alias + ".category_ids @> array[(select id from category where slug = ?)]", request.category());
        }
        return filter;
    }

    /** The total and every facet in one statement: rows of (dimension, id, key, label, count, order). */
    private Counts countAll(SearchRequest request, Match match) {
        List<Object> parameters = new ArrayList<>();
        String sql = hits(request, match, parameters) + " " + facetSql(request, parameters);
        return parseCounts(request, rows(sql, parameters));
    }

    /**
     * The page and the counts of a search nobody asked recently, in one statement over one set of hits: rows of the
     * facet statement, then the page's cards (kind 'card', their order in column 6, the card in columns 7-16).
     */
    private SearchResultParts pageAndCounts(SearchRequest request, Match match) {
        List<Object> parameters = new ArrayList<>();
        String hits = hits(request, match, parameters);
        SqlFilter filter = filters(request, null, "h");
        String order = rankedOrder(request);
        parameters.addAll(filter.parameters());
        parameters.add(request.pageSize());
        parameters.add((request.page() - 1) * request.pageSize());
        String page = ", page as (select h.id, h.rank, h.price_amount, h.published_at, row_number() over (order by "
                + order + ") as n from hits h where true" + filter.sql() + " order by " + order + " limit ? offset ?)";
        String facets = facetSql(request, parameters);
        String sql = hits + page + " select f.*, null::bigint, null::text, null::text, null::text, null::numeric, "
                + "null::text, null::bigint, null::text, null::bigint, null::boolean from (" + facets + ") f "
                + "union all select 'card', null::bigint, null::text, null::text, null::bigint, h.n::int, "
                + CARD_COLUMNS + " from page h join product p on p.id = h.id join merchant m on m.id = p.merchant_id";
        List<Object[]> rows = rows(sql, parameters);
        List<Object[]> cardRows = rows.stream().filter(r -> "card".equals(r[0]))
                .sorted(java.util.Comparator.comparingInt(r -> ((Number) r[5]).intValue())).toList();
        List<ProductCard> cards = cardRows.stream()
                .map(r -> card(java.util.Arrays.copyOfRange(r, 6, r.length))).toList();
        return new SearchResultParts(cards, parseCounts(request,
                rows.stream().filter(r -> !"card".equals(r[0])).toList()));
    }

    private record SearchResultParts(List<ProductCard> cards, Counts counts) {
    }

    /** The union of the total's and the facets' selects over the hits, adding their parameters. */
    private String facetSql(SearchRequest request, List<Object> parameters) {
        StringBuilder sql = new StringBuilder();
        SqlFilter everything = filters(request, null, "h");
        sql.append("select 'total', null::bigint, null, null, count(*), 0 from hits h where true")
                .append(everything.sql()).append(" union all ");
        parameters.addAll(everything.parameters());

        SqlFilter brand = filters(request, Dimension.BRAND, "h");
        sql.append("select 'brand', null::bigint, h.brand, h.brand, count(*), 0 from hits h where h.brand is not null")
                .append(brand.sql()).append(" group by h.brand");
        parameters.addAll(brand.parameters());

        SqlFilter merchant = filters(request, Dimension.MERCHANT, "h");
        sql.append(" union all select 'merchant', m.id, null, m.name, count(*), 0 from hits h join merchant m on "
                + "m.id = h.merchant_id where true").append(merchant.sql()).append(" group by m.id, m.name");
        parameters.addAll(merchant.parameters());

        SqlFilter price = filters(request, Dimension.PRICE, "h");
        StringBuilder band = new StringBuilder("case");
        PriceRange[] ranges = PriceRange.values();
        for (int i = 0; i < ranges.length; i++) {
            band.append(" when true")
                    .append(ranges[i].from() == null ? "" : " and h.price_amount >= " + ranges[i].from().toPlainString())
                    .append(ranges[i].below() == null ? "" : " and h.price_amount < " + ranges[i].below().toPlainString())
                    .append(" then ").append(i);
        }
        band.append(" end");
        sql.append(" union all select 'price', null, null, null, count(*), ").append(band)
                .append(" from hits h where true").append(price.sql()).append(" group by ").append(band);
        parameters.addAll(price.parameters());

        SqlFilter stock = filters(request, Dimension.AVAILABILITY, "h");
        sql.append(" union all select 'stock', null, h.in_stock::text, null, count(*), 0 from hits h where true")
                .append(stock.sql()).append(" group by h.in_stock");
        parameters.addAll(stock.parameters());

        // categories: below the chosen one, or the top level; a product counts once in each category above it (its
        // category_ids hold the categories it is in and all above them, each once)
        SqlFilter inCategory = filters(request, null, "h");
        String level = request.category() == null ? "c.parent_id is null"
                : "c.parent_id = (select id from category where slug = ?)";
        sql.append(" union all select 'category', c.id, c.slug, c.name, count(*), c.position from hits h "
                + "cross join lateral unnest(h.category_ids) as above(id) join category c on c.id = above.id where ")
                .append(level).append(inCategory.sql())
                .append(" group by c.id, c.slug, c.name, c.position");
        if (request.category() != null) {
            parameters.add(request.category());
        }
        parameters.addAll(inCategory.parameters());

        return sql.toString();
    }

    private Counts parseCounts(SearchRequest request, List<Object[]> rows) {
        PriceRange[] ranges = PriceRange.values();
        List<CategoryCount> categories = new ArrayList<>();
        List<MerchantCount> merchants = new ArrayList<>();
        List<ValueCount> brands = new ArrayList<>();
        long[] priceCounts = new long[ranges.length];
        long inStock = 0;
        long outOfStock = 0;
        long total = 0;
        List<Object[]> categoryRows = new ArrayList<>();
        for (Object[] row : rows) {
            long count = ((Number) row[4]).longValue();
            switch ((String) row[0]) {
                case "total" -> total = count;
                case "brand" -> brands.add(new ValueCount((String) row[2], count));
                case "merchant" -> merchants.add(new MerchantCount(((Number) row[1]).longValue(), (String) row[3],
                        count));
                case "price" -> {
                    if (row[5] != null) {
                        priceCounts[((Number) row[5]).intValue()] = count;
                    }
                }
                case "stock" -> {
                    if ("true".equals(row[2])) {
                        inStock = count;
                    } else {
                        outOfStock = count;
                    }
                }
                default -> categoryRows.add(row);
            }
        }
        categoryRows.sort(java.util.Comparator.comparingInt((Object[] r) -> ((Number) r[5]).intValue())
                .thenComparing(r -> (String) r[3]));
        for (Object[] row : categoryRows) {
            categories.add(new CategoryCount(((Number) row[1]).longValue(), (String) row[2], (String) row[3],
                    ((Number) row[4]).longValue()));
        }
        brands.sort(java.util.Comparator.comparingLong(ValueCount::count).reversed()
                .thenComparing(ValueCount::value));
        merchants.sort(java.util.Comparator.comparingLong(MerchantCount::count).reversed()
                .thenComparing(MerchantCount::name));
        List<PriceCount> prices = new ArrayList<>();
        for (int i = 0; i < ranges.length; i++) {
            if (priceCounts[i] > 0 || ranges[i].key().equals(request.priceRange())) {
                prices.add(new PriceCount(ranges[i].key(), label(ranges[i]), priceCounts[i]));
            }
        }
        return new Counts(total, new Facets(categories, prices, brands.subList(0, Math.min(25, brands.size())),
                merchants.subList(0, Math.min(25, merchants.size())), inStock, outOfStock));
    }

    /**
     * Catalog words that look like the words of a query (trigram similarity on the search_word table, a few thousand
     * words rather than every product), to correct its spelling from. A word of the catalog comes back as itself.
     */
    private List<String> similarWords(String query) {
        em.createNativeQuery("select set_config('pg_trgm.similarity_threshold', '" + SPELLING_THRESHOLD
                + "', true)").getSingleResult();
        List<String> similar = new ArrayList<>();
        for (String word : Spelling.words(query).stream().distinct().limit(MAX_CHECKED_WORDS).toList()) {
            @SuppressWarnings("unchecked")
            List<String> words = em.createNativeQuery("select s.word from search_word s where s.word % ? "
                            + "order by s.word <-> ?, s.word limit 20")
                    .setParameter(1, word)
                    .setParameter(2, word)
                    .getResultList();
            similar.addAll(words);
        }
        return similar;
    }

    private enum Dimension { PRICE, BRAND, MERCHANT, AVAILABILITY }

    /**
     * The request's filters on the hits, leaving out one dimension (for that dimension's own counts). The category
     * is not among them: it bounds the hits themselves, and its facet shows the subcategories.
     */
    private static SqlFilter filters(SearchRequest request, Dimension without, String alias) {
        SqlFilter filter = new SqlFilter();
        PriceRange range = PriceRange.byKey(request.priceRange());
        if (range != null && without != Dimension.PRICE) {
            if (range.from() != null) {
                filter.and(alias + ".price_amount >= ?", range.from());
            }
            if (range.below() != null) {
                filter.and(alias + ".price_amount < ?", range.below());
            }
        }
        if (without != Dimension.BRAND) {
            filter.andIn(alias + ".brand", request.brands());
        }
        if (without != Dimension.MERCHANT) {
            filter.andIn(alias + ".merchant_id", request.merchantIds());
        }
        if (request.inStockOnly() && without != Dimension.AVAILABILITY) {
            filter.and(alias + ".in_stock");
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

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    /** How products match the typed words, and how well. */
    private record Match(String kind, String condition, List<Object> parameters, String rank,
            List<Object> rankParameters, boolean ranked) {

        static Match all() {
            return new Match("all", "true", List.of(), "0", List.of(), false);
        }

        static Match fullText(String query) {
            return words("words", query);
        }

        /** The words as corrected; counted apart from the words as typed. */
        static Match respelt(String spelling) {
            return words("respelt " + spelling, spelling);
        }

        private static Match words(String kind, String query) {
            return new Match(kind, "p.search @@ websearch_to_tsquery('english', ?)", List.of(query),
                    "ts_rank_cd(p.search, websearch_to_tsquery('english', ?)) "
                            + "+ case when lower(p.name) = lower(?) then 10 else 0 end",
                    List.of(query, query), true);
        }
    }
}
