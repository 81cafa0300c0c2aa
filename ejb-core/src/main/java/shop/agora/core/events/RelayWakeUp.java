package shop.agora.core.events;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

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

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventsLogged logged) {
        executor.execute(relay::wake);
    }
}
