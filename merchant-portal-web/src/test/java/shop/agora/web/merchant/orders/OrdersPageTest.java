package shop.agora.web.merchant.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import shop.agora.core.order.entity.OrderStatus;

/** The status filter offers, and takes from the address, the statuses of paid orders only. */
class OrdersPageTest {

    @Test
    void theFilterOffersEveryStatusOfAPaidOrder() {
        assertFalse(OrdersPage.LISTED.contains(OrderStatus.AWAITING_PAYMENT));
        assertFalse(OrdersPage.LISTED.contains(OrderStatus.PAYMENT_FAILED));
        assertEquals(OrderStatus.values().length - 2, OrdersPage.LISTED.size());
        assertEquals(OrderStatus.PAID, OrdersPage.LISTED.get(0));
    }

    @Test
    void theAddressNamesAListedStatus() {
        assertEquals(OrderStatus.CONFIRMED, OrdersPage.listed("CONFIRMED"));
        assertEquals(OrderStatus.REFUND_PENDING, OrdersPage.listed(" refund_pending "));
    }

    @Test
    void anUnpaidOrUnknownStatusMeansAllPaidOrders() {
        assertNull(OrdersPage.listed(null));
        assertNull(OrdersPage.listed(""));
        assertNull(OrdersPage.listed("AWAITING_PAYMENT"));
        assertNull(OrdersPage.listed("PAYMENT_FAILED"));
        assertNull(OrdersPage.listed("LOST"));
    }

    @Test
    void theSelectCannotChooseAnUnpaidStatus() {
        OrdersPage page = new OrdersPage();
        page.setStatus(OrderStatus.SHIPPED);
        assertEquals(OrderStatus.SHIPPED, page.getStatus());
        assertEquals("SHIPPED", page.getStatusParam());
        page.setStatus(OrderStatus.AWAITING_PAYMENT);
        assertNull(page.getStatus());
        page.setStatusParam("confirmed");
        assertEquals(OrderStatus.CONFIRMED, page.getStatus());
    }
}
