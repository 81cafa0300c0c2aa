/** The friendly error pages ({@code /error/*.xhtml}) every application serves. */
package shop.agora.web.common.error;
