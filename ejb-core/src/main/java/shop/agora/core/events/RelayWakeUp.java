package shop.agora.core.events;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Wakes the relay when a transaction that logged events has committed. The observer runs while the transaction
 * completes, where no enterprise bean may be called (the container would try to resume the finished transaction), so
 * it only signals one long-lived thread of the server's (from its managed thread factory, started on the first commit),
 * which wakes the relay. Handing every wake-up to the managed executor instead captured the caller's context each
 * time, a lookup of the server's context providers that cost more than the signal (4 % of the server's CPU under
 * checkout load).
 */
@ApplicationScoped
public class RelayWakeUp {

    private static final Logger LOG = Logger.getLogger(RelayWakeUp.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    EventRelay relay;

    /** Commits not yet answered by a wake-up; the relay sends everything waiting, so one wake-up answers them all. */
    private final Semaphore signals = new Semaphore(0);
    private volatile Thread waker;
    private boolean stopped;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsLogged logged) {
        if ((waker != null || startWaker()) && signals.availablePermits() == 0) {
            signals.release();
        }
        // without a waker (the server is stopping) the relay's pass every two seconds sends the events
    }

    /** Starts the waker unless it runs; false when it cannot run (stopped, or no thread to be had). */
    private synchronized boolean startWaker() {
        if (waker != null || stopped) {
            return waker != null;
        }
        try {
            Thread thread = threads.newThread(this::wakeOnSignal);
            thread.setDaemon(true);
            thread.start();
            waker = thread;
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No thread to wake the event relay; it relays on its pass every two seconds", e);
            return false;
        }
    }

    private void wakeOnSignal() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                signals.acquire();
                signals.drainPermits();
                relay.wake();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not wake the event relay; it relays on its pass every two seconds", e);
            }
        }
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (waker != null) {
            waker.interrupt();
            waker = null;
        }
    }
}
