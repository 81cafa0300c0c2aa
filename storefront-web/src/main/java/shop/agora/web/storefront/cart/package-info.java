/**
 * The cart: a guest's lives in the session ({@link shop.agora.web.storefront.cart.CartSession}, with a copy in a cookie
 * so that it outlives the session), a signed-in customer's is stored by the cart service; at the first page after
 * signing in the guest cart joins the stored one ({@link shop.agora.web.storefront.cart.CartMergeListener}). Pages use
 * {@link shop.agora.web.storefront.cart.ShopCart} and never ask which it is. {@code cart.xhtml} ({@code /cart}) is
 * {@link shop.agora.web.storefront.cart.CartPage}; the product page's "Add to cart" is
 * {@link shop.agora.web.storefront.cart.AddToCartAction} ({@code POST /cart/add}); the header's cart link is
 * {@link shop.agora.web.storefront.cart.CartBadge}.
 */
package shop.agora.web.storefront.cart;
