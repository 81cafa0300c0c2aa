/**
 * The catalog's addresses and the pieces its pages share. Every catalog page has a short GET address that can be
 * bookmarked ({@code /c/{slug}}, {@code /p/{slug}}, {@code /search?q=...}, forwarded to the Faces pages by
 * {@link shop.agora.web.storefront.catalog.CatalogUrlFilter}); filters, order and page are in the query string
 * ({@link shop.agora.web.storefront.catalog.ListingUrls}), and every facet, sort and page link is a plain link
 * ({@link shop.agora.web.storefront.catalog.Listing}). The search box in the header is a GET form whose suggestions
 * come from {@link shop.agora.web.storefront.catalog.SuggestServlet}.
 */
package shop.agora.web.storefront.catalog;
