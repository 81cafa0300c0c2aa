/**
 * The merchant's stock: all its variants with their levels ({@code stock/index.xhtml}, {@link StockPage}) and one
 * product's stock per variant and warehouse, with thresholds, adjustments and the history of changes
 * ({@code stock/product.xhtml}, {@link ProductStockPage} and its adjustment form {@link StockAdjustment}). Every call
 * goes to {@code MerchantStock}, which works on the signed-in merchant's own SKUs only.
 */
package shop.agora.web.merchant.stock;
