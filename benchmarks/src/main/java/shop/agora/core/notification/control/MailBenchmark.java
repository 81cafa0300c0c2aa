package shop.agora.core.notification.control;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.Optional;
import shop.agora.core.notification.OutgoingMail;

/**
 * What sending an order's mail costs: the shop's {@link SmtpMailSender} sends to a mail server in this process
 * (the one {@code ./run.sh} runs), first opening a connection for every mail (as before connections were kept), then
 * on its kept connections. Prints CPU time (client and server together: the process's) and wall time per mail, after
 * rounds of warm-up. In the package of the sender, to configure it as MicroProfile Config would.
 * Arguments: SMTP port (default 3125: free while the tests run), mails per round (default 500), rounds (default 4).
 */
public final class MailBenchmark {

    private MailBenchmark() {
    }

    public static void main(String[] args) {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 3125;
        int mails = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        try {
            SmtpMailSender sender = new SmtpMailSender();
            sender.host = "127.0.0.1";
            sender.port = port;
            sender.from = "Agora <shop@agora.test>";
            sender.username = Optional.empty();
            sender.password = Optional.empty();
            sender.configure();
            double[] perMail = new double[2];
            double[] wall = new double[2];
            for (int round = 0; round < rounds; round++) {
                for (int kept = 0; kept < 2; kept++) {
                    long cpu = cpuNanos();
                    long start = System.nanoTime();
                    for (int i = 0; i < mails; i++) {
                        sender.send(mail(i));
                        if (kept == 0) {
                            sender.closeConnections(); // the next mail opens its own connection
                        }
                    }
                    perMail[kept] = (cpuNanos() - cpu) / 1e6 / mails;
                    wall[kept] = (System.nanoTime() - start) / 1e6 / mails;
                }
                System.out.printf(Locale.ROOT, "round %d: a connection per mail %.2f ms CPU, %.2f ms wall; "
                        + "kept connections %.2f ms CPU, %.2f ms wall%n", round + 1, perMail[0], wall[0], perMail[1],
                        wall[1]);
            }
            System.out.printf(Locale.ROOT, "result=%.2f|%.2f|%.2f|%.2f%n", perMail[0], wall[0], perMail[1], wall[1]);
            sender.closeConnections();
        } finally {
            server.stop();
        }
    }

    private static OutgoingMail mail(int i) {
        String number = "AG-1000-" + i;
        String text = ("Thank you for your order " + number + ".\n").repeat(40);
        String html = "<!DOCTYPE html><html><body>" + ("<p>Thank you for your order " + number + ".</p>").repeat(40)
                + "</body></html>";
        return new OutgoingMail("customer-" + (i % 50) + "@example.test", "Your order " + number + " is confirmed",
                text, html);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
