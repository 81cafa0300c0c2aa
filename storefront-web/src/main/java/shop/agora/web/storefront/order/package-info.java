/**
 * Orders as customers follow them: {@code order/confirmation.xhtml} ({@code /order/confirmation?token=...}) is
 * {@link shop.agora.web.storefront.order.OrderConfirmationPage}, {@code track.xhtml} ({@code /track}, by number and
 * email) is {@link shop.agora.web.storefront.order.TrackPage}. Both, and a customer's own order page, show the order
 * with {@code WEB-INF/includes/order.xhtml}, live while it settles ({@link shop.agora.web.storefront.order.LiveOrder}).
 */
package shop.agora.web.storefront.order;
