package shop.agora.core.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;

/**
 * The inventory's clockwork, run as the platform (SYSTEM):
 * <ul>
 * <li>every {@code agora.inventory.hold-sweep-seconds} (default 60) expired holds are released;</li>
 * <li>every day at {@code agora.inventory.check-time} (HH:mm, default 02:00) in {@code agora.inventory.check-zone}
 * (default UTC) the low-stock check runs.</li>
 * </ul>
 * The timers are not persistent: they are created at each start, so a changed setting takes effect on restart and a
 * check missed while the server was down is not replayed (the next one sees the same stock).
 */
@Singleton
@Startup
@RunAs(Role.Names.SYSTEM)
@PermitAll
public class InventoryTimers {

    private static final Logger LOG = Logger.getLogger(InventoryTimers.class.getName());
    private static final String SWEEP = "release-expired-holds";
    private static final String CHECK = "daily-low-stock-check";

    @Resource
    TimerService timers;

    @EJB
    StockManagement stock;

    @EJB
    Replenishment replenishment;

    @Inject
    @ConfigProperty(name = "agora.inventory.hold-sweep-seconds", defaultValue = "60")
    int sweepSeconds;

    @Inject
    @ConfigProperty(name = "agora.inventory.check-time", defaultValue = "02:00")
    String checkTime;

    @Inject
    @ConfigProperty(name = "agora.inventory.check-zone", defaultValue = "UTC")
    String checkZone;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, sweepSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig(SWEEP, false));
        LocalTime at = LocalTime.parse(checkTime.strip());
        timers.createCalendarTimer(new ScheduleExpression().hour(at.getHour()).minute(at.getMinute()).second(0)
                .timezone(checkZone.strip()), new TimerConfig(CHECK, false));
        LOG.info(() -> "Low-stock check daily at " + at + " " + checkZone + "; expired holds released every "
                + sweepSeconds + " s");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        try {
            if (SWEEP.equals(timer.getInfo())) {
                int released = stock.releaseExpiredHolds();
                if (released > 0) {
                    LOG.info(() -> "Released " + released + " expired stock holds");
                }
            } else if (CHECK.equals(timer.getInfo())) {
                CheckReport report = replenishment.runScheduledCheck();
                LOG.info(() -> "Low-stock check: " + report.skusChecked() + " SKUs, " + report.alertsRaised()
                        + " new alerts");
            }
        } catch (RuntimeException e) {
            // the next run tries again; a failing timer callback would otherwise be retried at once by the container
            LOG.log(Level.WARNING, "Inventory timer " + timer.getInfo() + " failed", e);
        }
    }
}
