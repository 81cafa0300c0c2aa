package shop.agora.core.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** What an admin confirms when approving a low-stock alert; the suggestion fills it in. */
public record ApprovalForm(
        @NotNull(message = "Please enter the quantity to order.")
        @Min(value = 1, message = "Order at least 1 unit.")
        @Max(value = 100000, message = "One purchase order line orders at most 100,000 units.")
        Integer quantity,
        @NotNull(message = "Please choose a supplier.")
        Long supplierId,
        @NotNull(message = "Please choose the warehouse that receives the stock.")
        Long warehouseId,
        @NotNull(message = "Please enter the expected delivery date.")
        LocalDate expectedOn) {
}
