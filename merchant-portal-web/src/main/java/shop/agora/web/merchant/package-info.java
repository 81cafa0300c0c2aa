/**
 * The merchant portal (/merchant): where a shop's staff run their shop on Agora. Every page needs a signed-in
 * merchant user. Backing beans mirror pages: {@code index.xhtml} is {@link shop.agora.web.merchant.HomePage}; the
 * pages under {@code products/} are in {@link shop.agora.web.merchant.products}, those under {@code stock/} in
 * {@link shop.agora.web.merchant.stock}, those under {@code orders/} in {@link shop.agora.web.merchant.orders}.
 */
package shop.agora.web.merchant;
