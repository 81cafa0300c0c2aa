/** Notification: emails to customers through the {@link shop.agora.core.notification.MailSender} provider. */
package shop.agora.core.notification;
