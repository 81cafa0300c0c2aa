/**
 * The storefront (/shop): the public shop, registration and the customers' own pages. Admits customers only.
 * Backing beans mirror pages: {@code index.xhtml} is {@link shop.agora.web.storefront.HomePage},
 * {@code search.xhtml} (at /shop/search) is {@link shop.agora.web.storefront.SearchPage}, {@code category.xhtml}
 * (at /shop/c/{slug}) is {@link shop.agora.web.storefront.CategoryPage}, {@code product.xhtml} (at /shop/p/{slug})
 * is {@link shop.agora.web.storefront.ProductPage}, {@code register.xhtml} is
 * {@link shop.agora.web.storefront.RegisterPage}, {@code account/index.xhtml} is
 * {@link shop.agora.web.storefront.account.AccountPage}. The catalog's addresses and shared listing pieces are in
 * {@link shop.agora.web.storefront.catalog}; buying is in {@link shop.agora.web.storefront.cart},
 * {@link shop.agora.web.storefront.checkout} and {@link shop.agora.web.storefront.order}. The shop's pages have short
 * addresses ({@code /cart}, {@code /checkout}, {@code /track}...: {@link shop.agora.web.storefront.PageAddressFilter});
 * {@link shop.agora.web.storefront.ShopFormat} writes amounts, times and statuses for all of them.
 */
package shop.agora.web.storefront;
