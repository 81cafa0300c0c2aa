package shop.agora.core.platform;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.shared.Clocks;
import shop.agora.core.shared.DomainException;

/**
 * Moves the platform's clock, where {@code agora.clock.adjustable} is on (the test platform, never a shop): rules
 * that depend on dates (refund periods, parcels on their way, payments left pending) can then be checked without
 * waiting.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ClockControl {

    @Inject
    @ConfigProperty(name = "agora.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    @Inject
    Clock clock;

    /** Moves the clock forward (or back, with a negative duration); returns the new time. */
    public Instant advance(Duration by) {
        requireAdjustable();
        Clocks.offset(Clocks.offset().plus(by));
        return clock.instant();
    }

    /** Back to the real time. */
    public void reset() {
        requireAdjustable();
        Clocks.offset(Duration.ZERO);
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new DomainException("The clock of this platform cannot be changed (agora.clock.adjustable is off).");
        }
    }
}
