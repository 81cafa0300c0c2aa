/** Merchants: the shops that sell on the platform, created by admins, and their users. */
package shop.agora.core.merchants;
