/**
 * Checkout, for guests and customers: {@code checkout.xhtml} ({@code /checkout}, address, shipping method and the
 * order summary, then placing the order) is {@link shop.agora.web.storefront.checkout.CheckoutPage};
 * {@code checkout-payment.xhtml} ({@code /checkout/pay?order={checkoutToken}}, the card; {@code ?number=...} for a
 * guest's order found by tracking, see {@link shop.agora.web.storefront.checkout.OrderToPay}) is
 * {@link shop.agora.web.storefront.checkout.CheckoutPaymentPage}. Card details live for one request only
 * ({@link shop.agora.web.storefront.checkout.CardForm}); what the session remembers of its orders is in
 * {@link shop.agora.web.storefront.checkout.CheckoutFlow}.
 */
package shop.agora.web.storefront.checkout;
