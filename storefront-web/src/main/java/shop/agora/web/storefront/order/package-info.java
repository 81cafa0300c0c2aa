/**
 * Orders as customers follow them: {@code order/confirmation.xhtml} ({@code /order/confirmation?token=...}) is
 * {@link shop.agora.web.storefront.order.OrderConfirmationPage}; {@code track.xhtml} ({@code /track}, by number and
 * email; a stateless view) is {@link shop.agora.web.storefront.order.TrackLookup}, and the order it found is shown by
 * {@code track-order.xhtml} ({@code /track/order?number=...}, {@link shop.agora.web.storefront.order.TrackPage}).
 * Both order pages, and a customer's own order page, show the order
 * with {@code WEB-INF/includes/order.xhtml}, live while it settles ({@link shop.agora.web.storefront.order.LiveOrder}).
 * A guest's order found by tracking can be cancelled there and paid for on the payment page; the session remembers
 * the email that found it ({@link shop.agora.web.storefront.order.TrackedOrders}), and an address that keeps failing
 * to find orders is stopped for a while ({@link shop.agora.web.storefront.order.LookupLimit}).
 */
package shop.agora.web.storefront.order;
