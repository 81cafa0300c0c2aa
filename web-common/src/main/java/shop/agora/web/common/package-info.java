/**
 * What the three web applications (storefront, merchant portal, back office) share: the sign-in page and the
 * identity store behind it, sign-out, the account menu in every page header, error pages, the look (CSS, logo) and
 * the helpers that turn validation and business failures into messages on the page. Packed into each WAR's
 * {@code WEB-INF/lib}; each WAR supplies its own layout template, texts and the role it admits
 * (context-param {@code agora.role}).
 */
package shop.agora.web.common;
