package shop.agora.infra;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * A local mail server: SMTP accepts every message and keeps it in memory; IMAP shows each recipient's messages
 * (user name and password are both the recipient's address), so a mail client or a test can read what was sent.
 */
public final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public static MailServer start(int smtpPort, int imapPort) {
        Ports.requireFree(smtpPort, "SMTP server");
        Ports.requireFree(imapPort, "IMAP server");
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        greenMail.start();
        System.out.println("[infra] mail server: SMTP on port " + smtpPort + ", IMAP on port " + imapPort);
        return new MailServer(greenMail);
    }

    public List<MimeMessage> receivedMessages() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
