/**
 * The signed-in customer's own pages (/shop/account/*, customers only): {@code account/index.xhtml} is
 * {@link shop.agora.web.storefront.account.AccountPage}, "My orders" ({@code /account/orders}) is
 * {@link shop.agora.web.storefront.account.AccountOrdersPage}, one order ({@code /account/order?number=...}) is
 * {@link shop.agora.web.storefront.account.AccountOrderPage}.
 */
package shop.agora.web.storefront.account;
