package shop.agora.core.shipping;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;

/**
 * Every {@code agora.tracking.poll-seconds} (default 60) the open parcels are tracked with the carrier. Runs as the
 * platform (SYSTEM); not persistent, created at each start.
 */
@Singleton
@Startup
@RunAs(Role.Names.SYSTEM)
@PermitAll
public class ShippingTimers {

    private static final Logger LOG = Logger.getLogger(ShippingTimers.class.getName());

    @Resource
    TimerService timers;

    @EJB
    TrackingIntegration tracking;

    @Inject
    @ConfigProperty(name = "agora.tracking.poll-seconds", defaultValue = "60")
    int pollSeconds;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, pollSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("track-parcels", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run() {
        try {
            int changed = tracking.poll();
            if (changed > 0) {
                LOG.fine(() -> changed + " parcels moved on");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Tracking parcels failed; the next round tries again", e);
        }
    }
}
