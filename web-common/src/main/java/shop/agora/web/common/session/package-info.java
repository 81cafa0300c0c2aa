/**
 * How long visitors' sessions live: {@link shop.agora.web.common.session.SessionLife} gives a session that holds
 * nothing worth keeping a brief life, and the full one once it does.
 */
package shop.agora.web.common.session;
