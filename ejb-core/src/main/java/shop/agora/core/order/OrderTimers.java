package shop.agora.core.order;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;

/**
 * Every 10 minutes, orders left unpaid for {@code agora.orders.abandon-after-hours} (default 24) are cancelled and
 * their held items given back. Runs as the platform (SYSTEM); not persistent, like the inventory timers.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@PermitAll
public class OrderTimers {

    private static final Logger LOG = Logger.getLogger(OrderTimers.class.getName());

    @EJB
    OrderManagement orders;

    @Inject
    @ConfigProperty(name = "agora.orders.abandon-after-hours", defaultValue = "24")
    int abandonAfterHours;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void cancelAbandoned() {
        try {
            int cancelled = orders.cancelAbandoned(abandonAfterHours);
            if (cancelled > 0) {
                LOG.info(() -> "Cancelled " + cancelled + " orders nobody paid for");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cancelling abandoned orders failed; the next run tries again", e);
        }
    }
}
