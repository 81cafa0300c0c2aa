package shop.agora.core.inventory.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shop.agora.core.shared.DomainException;

class PurchaseOrderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void numbersAreReadable() {
        assertEquals("PO-2026-00042", PurchaseOrder.number(2026, 42));
    }

    @Test
    void partialThenFullReceiptMovesTheStatus() throws Exception {
        PurchaseOrder order = order(10, 5);
        order.receive(Map.of(1L, 4), NOW);
        assertEquals(PurchaseOrderStatus.PARTIALLY_RECEIVED, order.status());
        order.receive(Map.of(1L, 6, 2L, 5), NOW);
        assertEquals(PurchaseOrderStatus.RECEIVED, order.status());
        assertEquals(10, order.lines().get(0).quantityReceived());
        DomainException closed = assertThrows(DomainException.class, () -> order.receive(Map.of(1L, 1), NOW));
        assertTrue(closed.getMessage().contains("received"), closed.getMessage());
    }

    @Test
    void moreThanOutstandingNegativeOrNothingIsRefusedAndChangesNothing() throws Exception {
        PurchaseOrder order = order(10, 5);
        DomainException tooMany = assertThrows(DomainException.class,
                () -> order.receive(Map.of(1L, 3, 2L, 6), NOW));
        assertTrue(tooMany.getMessage().contains("Only 5 more"), tooMany.getMessage());
        assertEquals(0, order.lines().get(0).quantityReceived(), "the valid line of a refused receipt is not booked");
        assertThrows(DomainException.class, () -> order.receive(Map.of(1L, -1), NOW));
        Map<Long, Integer> nothing = new HashMap<>();
        nothing.put(1L, 0);
        nothing.put(2L, null);
        assertThrows(DomainException.class, () -> order.receive(nothing, NOW));
        assertThrows(DomainException.class, () -> order.receive(Map.of(99L, 1), NOW));
        assertEquals(PurchaseOrderStatus.ORDERED, order.status());
    }

    @Test
    void cancellingKeepsWhatArrivedAndClosesTheOrder() throws Exception {
        PurchaseOrder order = order(10, 5);
        order.receive(Map.of(1L, 2), NOW);
        order.cancel(NOW);
        assertEquals(PurchaseOrderStatus.CANCELLED, order.status());
        assertEquals(2, order.lines().get(0).quantityReceived());
        assertThrows(DomainException.class, () -> order.cancel(NOW));
        assertThrows(DomainException.class, () -> order.addLine(3, 0));
    }

    /** An order with two lines whose ids are 1 and 2, as if persisted. */
    private static PurchaseOrder order(int first, int second) throws Exception {
        PurchaseOrder order = new PurchaseOrder("PO-2026-00001",
                new Supplier("Atlas", "orders@atlas.test", 5, NOW),
                new Warehouse("AMS-1", "Amsterdam", "Havenstraat 1", "1000", "Amsterdam", "NL", NOW),
                LocalDate.of(2026, 11, 30), "admin@agora.test", NOW);
        order.addLine(101, first);
        order.addLine(102, second);
        Field id = PurchaseOrderLine.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(order.lines().get(0), 1L);
        id.set(order.lines().get(1), 2L);
        return order;
    }
}
