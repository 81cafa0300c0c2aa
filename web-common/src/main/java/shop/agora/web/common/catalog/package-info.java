/**
 * Catalog pieces every application shows: product pictures ({@code /img/{id}} in each application, see
 * {@link shop.agora.web.common.catalog.ImageServlet}) and the product card and picture tags
 * ({@code agora:productCard}, {@code agora:productImage}).
 */
package shop.agora.web.common.catalog;
