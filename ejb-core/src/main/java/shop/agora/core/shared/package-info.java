/** What every component shares: the base of business exceptions and small value types. */
package shop.agora.core.shared;
