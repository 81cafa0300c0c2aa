package shop.agora.core.events;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hand-over from a commit to the relay, with plain threads and a relay that only counts its wake-ups. */
class RelayWakeUpTest {

    private final Threads threads = new Threads();
    private final CountingRelay relay = new CountingRelay();
    private final RelayWakeUp wakeUp = new RelayWakeUp();

    @BeforeEach
    void setUp() {
        wakeUp.threads = threads;
        wakeUp.relay = relay;
    }

    @AfterEach
    void tearDown() {
        relay.release();
        wakeUp.stop();
    }

    @Test
    void aCommitWakesTheRelay() throws InterruptedException {
        wakeUp.committed(new EventsLogged());

        assertTrue(relay.woken.tryAcquire(5, SECONDS), "the relay was woken");
    }

    @Test
    void commitsDuringAWakeUpAreAnsweredByOneMoreWakeUpNotOneEach() throws InterruptedException {
        relay.holdFirstWakeUp();
        wakeUp.committed(new EventsLogged());
        assertTrue(relay.woken.tryAcquire(5, SECONDS), "the first wake-up started");

        for (int i = 0; i < 100; i++) {
            wakeUp.committed(new EventsLogged());
        }
        relay.release();

        assertTrue(relay.woken.tryAcquire(5, SECONDS), "a second wake-up for the commits meanwhile");
        assertFalse(relay.woken.tryAcquire(300, MILLISECONDS), "no third one");
        assertEquals(2, relay.wakeUps.get());
        assertEquals(1, threads.made.size(), "one thread for all of them");
    }

    @Test
    void stoppingEndsTheThreadAndLaterCommitsStartNone() throws InterruptedException {
        wakeUp.committed(new EventsLogged());
        assertTrue(relay.woken.tryAcquire(5, SECONDS));
        Thread waker = threads.made.get(0);

        wakeUp.stop();
        waker.join(5_000);
        assertFalse(waker.isAlive(), "the thread ended");

        wakeUp.committed(new EventsLogged());
        assertEquals(1, threads.made.size(), "no new thread once stopped");
        assertEquals(1, relay.wakeUps.get());
    }

    /** The server's managed thread factory, as plain threads. */
    private static final class Threads implements ManagedThreadFactory {

        final List<Thread> made = new ArrayList<>();

        @Override
        public synchronized Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "relay-wake-up-test");
            made.add(thread);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException();
        }
    }

    /** A relay that counts its wake-ups and can hold the first one until released. */
    private static final class CountingRelay extends EventRelay {

        final AtomicInteger wakeUps = new AtomicInteger();
        final Semaphore woken = new Semaphore(0);
        private volatile CountDownLatch hold = new CountDownLatch(0);

        void holdFirstWakeUp() {
            hold = new CountDownLatch(1);
        }

        void release() {
            hold.countDown();
        }

        @Override
        public void wake() {
            wakeUps.incrementAndGet();
            woken.release();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
