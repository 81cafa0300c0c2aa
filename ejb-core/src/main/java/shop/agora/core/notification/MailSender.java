package shop.agora.core.notification;

/**
 * The email provider. The default is {@link shop.agora.core.notification.control.SmtpMailSender}, real SMTP to the
 * configured server (the local one of ./run.sh and the tests, any SMTP relay in production).
 */
public interface MailSender {

    /** Hands the mail to the provider; throws when the provider refuses it or cannot be reached. */
    void send(OutgoingMail mail);
}
