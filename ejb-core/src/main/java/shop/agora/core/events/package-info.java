/**
 * The event backbone: domain events as JSON records, the destination names, publishing inside the business
 * transaction, and idempotent consumption.
 */
package shop.agora.core.events;
