package shop.agora.core.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Wakes the relay when a transaction that logged events has committed. The observer runs while the transaction
 * completes, where no enterprise bean may be called (the container would try to resume the finished transaction), so
 * it hands the wake-up to the server's managed executor.
 */
@ApplicationScoped
public class RelayWakeUp {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Inject
    EventRelay relay;

    /** A wake-up handed to the executor and not started yet: commits meanwhile are covered by it. */
    private final AtomicBoolean queued = new AtomicBoolean();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsLogged logged) {
        // one queued wake-up at a time: handing a task over captures the caller's context, which costs; the relay
        // sends everything not yet relayed when it wakes, so the commits before it starts need no wake-up of their own
        if (queued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    queued.set(false);
                    relay.wake();
                });
            } catch (RuntimeException e) {
                queued.set(false); // the pass every two seconds relays them
                throw e;
            }
        }
    }
}
