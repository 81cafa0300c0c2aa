/**
 * Inventory: stock per SKU and warehouse. Holds keep stock for an order while it is paid; the database refuses
 * negative stock and promising the same unit twice (check constraints and conditional updates), and every change
 * is written to the movement ledger.
 */
package shop.agora.core.inventory;
