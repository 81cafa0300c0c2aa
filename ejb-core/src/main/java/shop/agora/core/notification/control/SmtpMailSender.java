package shop.agora.core.notification.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.notification.MailSender;
import shop.agora.core.notification.OutgoingMail;

/**
 * Sends mail over SMTP with Jakarta Mail; host, port, sender and credentials come from MicroProfile Config.
 * Connections stay open between mails (up to {@value #MAX_KEPT}, each for at most {@value #MAX_MAILS_PER_CONNECTION}
 * mails): opening one per mail cost about four times the CPU of a mail sent on an open one (client and server
 * together, measured against the local mail server with bench/mail.sh; a real provider adds a TLS handshake to every
 * opening) and 45 ms of waiting. A connection idle for more than a second is checked (NOOP) before it is used again,
 * one idle for more than 30 s is closed; a mail that fails closes its connection, and the caller's retry opens a new
 * one.
 */
@ApplicationScoped
public class SmtpMailSender implements MailSender {

    private static final Logger LOG = Logger.getLogger(SmtpMailSender.class.getName());
    static final int MAX_KEPT = 8;
    static final int MAX_MAILS_PER_CONNECTION = 100;

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
    private final KeptConnections<Transport> connections = new KeptConnections<>(MAX_KEPT, MAX_MAILS_PER_CONNECTION,
            TimeUnit.SECONDS.toNanos(1), TimeUnit.SECONDS.toNanos(30), System::nanoTime, SmtpMailSender::closeQuietly);

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

    @PreDestroy
    void closeConnections() {
        connections.closeAll();
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
            message.saveChanges();
            sendOnKeptConnection(message);
        } catch (MessagingException e) {
            throw new IllegalStateException("SMTP server " + host + ":" + port + " did not take the mail: "
                    + e.getMessage(), e);
        }
    }

    private void sendOnKeptConnection(MimeMessage message) throws MessagingException {
        Transport transport = null;
        int uses = 0;
        var kept = connections.take();
        if (kept.isPresent()) {
            transport = kept.get().connection();
            uses = kept.get().uses();
            if (kept.get().check() && !transport.isConnected()) { // isConnected() asks the server (NOOP)
                closeQuietly(transport);
                transport = null;
                uses = 0;
            }
        }
        if (transport == null) {
            transport = session.getTransport();
            if (username.isPresent()) {
                transport.connect(host, port, username.get(), password.orElse(""));
            } else {
                transport.connect();
            }
        }
        try {
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(transport); // in an unknown state: not used again
            throw e;
        }
        connections.giveBack(transport, uses + 1);
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException e) {
            LOG.log(Level.FINE, "closing an SMTP connection", e);
        }
    }
}
