package shop.agora.core.order;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;

/** The refund policy as admins edit it (see {@link shop.agora.core.order.control.RefundPolicy}). */
public record RefundPolicyForm(
        @NotNull(message = "Enter the days of the instant refund.") @Min(value = 0, message = "Days cannot be negative.")
        @Max(value = 3650, message = "At most 3650 days.") Integer instantDays,
        @NotNull(message = "Enter the amount limit of the instant refund.")
        @DecimalMin(value = "0.00", message = "The limit cannot be negative.")
        @Digits(integer = 10, fraction = 2, message = "An amount with at most 2 decimals.") BigDecimal instantLimit,
        @NotNull(message = "Enter the days of the partial refund.") @Min(value = 0, message = "Days cannot be negative.")
        @Max(value = 3650, message = "At most 3650 days.") Integer partialDays,
        @NotNull(message = "Enter the premium percentage.") @Min(value = 0, message = "0 to 100 %.")
        @Max(value = 100, message = "0 to 100 %.") Integer premiumPercent,
        @NotNull(message = "Enter the standard percentage.") @Min(value = 0, message = "0 to 100 %.")
        @Max(value = 100, message = "0 to 100 %.") Integer standardPercent,
        @NotNull(message = "Enter the days of the store credit.") @Min(value = 0, message = "Days cannot be negative.")
        @Max(value = 3650, message = "At most 3650 days.") Integer creditDays) implements Serializable {

    @AssertTrue(message = "The periods must grow: instant refund days <= partial refund days <= store credit days.")
    public boolean isInOrder() {
        return instantDays == null || partialDays == null || creditDays == null
                || instantDays <= partialDays && partialDays <= creditDays;
    }
}
