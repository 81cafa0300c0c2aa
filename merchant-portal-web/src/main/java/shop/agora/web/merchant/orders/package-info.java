/**
 * The merchant's orders: the paid orders with the merchant's items in them, newest first and filtered by status
 * ({@code orders/index.xhtml}, {@link OrdersPage}), one order with the merchant's lines, parcels and the order's
 * history ({@code orders/order.xhtml}, {@link OrderPage}) and each parcel's printable label ({@link LabelServlet}).
 * Every call goes to {@code MerchantOrders}, which shows a merchant only its own orders, lines, parcels and labels;
 * another shop's items in the same order stay hidden.
 */
package shop.agora.web.merchant.orders;
