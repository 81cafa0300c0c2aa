/**
 * The friendly error pages ({@code /error/*.xhtml}) every application serves, and {@link
 * shop.agora.web.common.error.NotFound} for pages that find nothing at their address.
 */
package shop.agora.web.common.error;
