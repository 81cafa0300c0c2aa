/**
 * The back office's inventory pages (/admin/inventory): low-stock alerts and the check that raises them
 * ({@code alerts.xhtml}, {@link shop.agora.web.admin.inventory.AlertsPage} with the approval form
 * {@link shop.agora.web.admin.inventory.AlertApproval}), purchase orders and receiving them
 * ({@code purchase-orders.xhtml}, {@code purchase-order.xhtml}), and the audit of stock levels against the
 * movement ledger ({@code audit.xhtml}). Warehouses and suppliers are kept on {@code /warehouses.xhtml}.
 */
package shop.agora.web.admin.inventory;
