package shop.agora.infra;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.UserManager;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A local mail server: SMTP accepts every message and keeps it in memory; IMAP shows each recipient's messages
 * (user name and password are both the recipient's address), so a mail client or a test can read what was sent.
 * It keeps the mailboxes of the last {@value #MAX_MAILBOXES} recipients it has seen and drops older ones (checked
 * every {@value #SWEEP_SECONDS} s): it holds its mail in memory and finds a mailbox by walking all it has (twice
 * for a new recipient), so under a steady stream of new recipients (guests, a load test) it would otherwise grow, and
 * each mail cost more, for ever. With 10,000 mailboxes that walk took four fifths of the profile's samples of the
 * process (mail server and broker) under load; with 1,000 it takes a tenth of the time.
 */
public final class MailServer implements AutoCloseable {

    static final int MAX_MAILBOXES = 1_000;
    static final int SWEEP_SECONDS = 5;

    private final GreenMail greenMail;
    /** Recipients' logins in the order they were first seen. */
    private final LinkedHashSet<String> seen = new LinkedHashSet<>();
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mailbox sweeper");
        thread.setDaemon(true);
        return thread;
    });

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
        sweeper.scheduleWithFixedDelay(this::sweep, SWEEP_SECONDS, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    private void sweep() {
        try {
            UserManager users = greenMail.getUserManager();
            List<String> present = users.listUser().stream().map(GreenMailUser::getLogin).toList();
            for (String login : toDrop(seen, present, MAX_MAILBOXES)) {
                GreenMailUser user = users.getUser(login);
                if (user != null) {
                    users.deleteUser(user);
                }
            }
        } catch (RuntimeException e) {
            System.err.println("[infra] mail server: dropping old mailboxes failed (tried again in " + SWEEP_SECONDS
                    + " s): " + e);
        }
    }

    /**
     * Takes the recipients {@code present} now into {@code seen} (kept in the order first seen; those gone are
     * forgotten) and answers the ones seen longest ago beyond the {@code max} newest, which are forgotten too.
     */
    static List<String> toDrop(LinkedHashSet<String> seen, Collection<String> present, int max) {
        Set<String> now = new HashSet<>(present);
        seen.retainAll(now);
        seen.addAll(present);
        List<String> drop = new ArrayList<>();
        Iterator<String> oldest = seen.iterator();
        while (seen.size() > max && oldest.hasNext()) {
            drop.add(oldest.next());
            oldest.remove();
        }
        return drop;
    }

    /** Jakarta Mail's system property naming its stream provider, and the one on this class path (Angus Mail). */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    public static MailServer start(int smtpPort, int imapPort) {
        // Jakarta Mail looks its stream provider up for every message and part it reads; unnamed, each lookup is a
        // ServiceLoader scan of the class path (measured with a client in the same process,
        // on an open connection: 1.0 instead of 2.0 ms of CPU per mail)
        System.getProperties().putIfAbsent(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
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
        sweeper.shutdownNow();
        greenMail.stop();
    }
}
