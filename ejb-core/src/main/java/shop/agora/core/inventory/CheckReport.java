package shop.agora.core.inventory;

import java.io.Serializable;
import java.time.Instant;

/** One run of the low-stock check. */
public record CheckReport(long id, String trigger, String startedBy, Instant startedAt, Instant finishedAt,
        int skusChecked, int alertsRaised) implements Serializable {
}
