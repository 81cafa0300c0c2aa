/**
 * Signing in and out. Each application admits exactly one role:
 * {@link shop.agora.web.common.security.AccountIdentityStore} checks the password through {@code AccountService}
 * and refuses accounts of another role. Each WAR declares the custom form mechanism ({@code SecurityConfiguration});
 * its login-to-continue asks {@link shop.agora.web.common.security.LoginTarget} where to send a visitor who is not
 * signed in.
 */
package shop.agora.web.common.security;
