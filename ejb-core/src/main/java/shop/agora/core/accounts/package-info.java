/**
 * Accounts: registration, password checks (PBKDF2-HMAC-SHA256, 600,000 iterations) and the signed-in caller. The
 * web applications' identity stores call {@link shop.agora.core.accounts.AccountService#authenticate}.
 */
package shop.agora.core.accounts;
