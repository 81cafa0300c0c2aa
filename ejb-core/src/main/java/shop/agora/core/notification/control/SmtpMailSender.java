package shop.agora.core.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.notification.MailSender;
import shop.agora.core.notification.OutgoingMail;

/** Sends mail over SMTP with Jakarta Mail; host, port, sender and credentials come from MicroProfile Config. */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    @Inject
    @ConfigProperty(name = "agora.smtp.host")
    String host;

    @Inject
    @ConfigProperty(name = "agora.smtp.port")
    int port;

    @Inject
    @ConfigProperty(name = "agora.smtp.from")
    String from;

    @Inject
    @ConfigProperty(name = "agora.smtp.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "agora.smtp.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "agora.smtp.starttls", defaultValue = "false")
    boolean startTls;

    /** Jakarta Mail's system property naming its stream provider, and the provider the server ships (Angus Mail). */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    private Session session;

    @PostConstruct
    void configure() {
        nameStreamProvider();
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "10000");
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.starttls.required", String.valueOf(startTls));
        properties.put("mail.smtp.auth", String.valueOf(username.isPresent()));
        session = Session.getInstance(properties);
    }

    /**
     * Jakarta Mail looks its stream provider up again for every message and every part it creates; without the system
     * property naming it, each lookup is a ServiceLoader scan of every jar the application sees (measured: three
     * quarters of the time spent sending an order's emails). Named, it is one class lookup. Left alone when the
     * property is set already or the server does not ship Angus Mail.
     */
    static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) != null) {
            return;
        }
        try {
            Class.forName(ANGUS_STREAM_PROVIDER, false, Thread.currentThread().getContextClassLoader());
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        } catch (ClassNotFoundException e) {
            // another mail implementation: it is found the standard way
        }
    }

    @Override
    public void send(OutgoingMail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            alternatives.addBodyPart(text);
            if (mail.html() != null) {
                MimeBodyPart html = new MimeBodyPart();
                html.setContent(mail.html(), "text/html; charset=UTF-8");
                alternatives.addBodyPart(html);
            }
            message.setContent(alternatives);
            if (username.isPresent()) {
                Transport.send(message, username.get(), password.orElse(""));
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP server " + host + ":" + port + " did not take the mail: "
                    + e.getMessage(), e);
        }
    }
}
