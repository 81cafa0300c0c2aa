/**
 * The back office (/admin): where Agora's own staff run the platform. Every page needs a signed-in administrator.
 * Backing beans mirror pages: {@code merchants.xhtml} is {@link shop.agora.web.admin.MerchantsPage},
 * {@code categories.xhtml} is {@link shop.agora.web.admin.CategoriesPage}.
 */
package shop.agora.web.admin;
