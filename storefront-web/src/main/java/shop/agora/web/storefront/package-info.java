/**
 * The storefront (/shop): the public shop, registration and the customers' own pages. Admits customers only.
 * Backing beans mirror pages: {@code register.xhtml} is {@link shop.agora.web.storefront.RegisterPage},
 * {@code account/index.xhtml} is {@link shop.agora.web.storefront.account.AccountPage}.
 */
package shop.agora.web.storefront;
