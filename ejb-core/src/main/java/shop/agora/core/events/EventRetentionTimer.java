package shop.agora.core.events;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;

/**
 * Every night at 03:30, events older than {@code agora.events.retention-days} (default 400: the after-sales period
 * and more, so an order's events stay visible in the back office as long as anyone asks about the order) are
 * forgotten. Runs as the platform (SYSTEM); not persistent, like the other timers.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@PermitAll
public class EventRetentionTimer {

    private static final Logger LOG = Logger.getLogger(EventRetentionTimer.class.getName());

    @EJB
    EventRetention retention;

    @Inject
    @ConfigProperty(name = "agora.events.retention-days", defaultValue = "400")
    int retentionDays;

    @Schedule(hour = "3", minute = "30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void purge() {
        try {
            long deleted = retention.purge(Duration.ofDays(Math.max(1, retentionDays)));
            if (deleted > 0) {
                LOG.info(() -> "Forgot " + deleted + " event records older than " + retentionDays + " days");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forgetting old events failed; the next night tries again", e);
        }
    }
}
