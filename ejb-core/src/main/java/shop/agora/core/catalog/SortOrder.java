package shop.agora.core.catalog;

/** How results are ordered. Relevance without a query means newest first. */
public enum SortOrder {
    RELEVANCE,
    PRICE_ASC,
    PRICE_DESC,
    NEWEST
}
