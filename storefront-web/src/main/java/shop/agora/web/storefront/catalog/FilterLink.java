package shop.agora.web.storefront.catalog;

/**
 * A link that changes what a listing shows: a facet value, a sort order or a page.
 *
 * @param id     the element id (test hooks such as {@code facet-price-25-50}, {@code sort-newest}, {@code page-3})
 * @param label  what the customer reads
 * @param count  how many products the link leads to (facets; 0 where it means nothing)
 * @param href   the GET address of the listing with this change
 * @param chosen whether it is what the listing shows now (for a facet, following the link removes it again)
 */
public record FilterLink(String id, String label, long count, String href, boolean chosen) {
}
