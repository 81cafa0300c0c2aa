package shop.agora.web.storefront.checkout;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderDue;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.PaymentOutcome;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.web.storefront.order.TrackPage;

/**
 * The order the payment page pays, and by what right: the checkout that placed it (its token, the placing session's
 * secret), the signed-in customer whose order it is (its number; the services check the account on every call), or a
 * guest who found it on the tracking page (its number and the email they gave, which the services check on every
 * call).
 */
sealed interface OrderToPay extends Serializable {

    Optional<OrderDue> find(OrderTracking orders);

    PaymentOutcome pay(PaymentProcessing payments, CardDetails card);

    /** Where the order is shown, below the application's context path. */
    String orderPath();

    record Placed(UUID token) implements OrderToPay {

        @Override
        public Optional<OrderDue> find(OrderTracking orders) {
            return orders.dueByCheckout(token);
        }

        @Override
        public PaymentOutcome pay(PaymentProcessing payments, CardDetails card) {
            return payments.pay(token, card);
        }

        @Override
        public String orderPath() {
            return "/order/confirmation?token=" + token;
        }
    }

    record Mine(String number) implements OrderToPay {

        @Override
        public Optional<OrderDue> find(OrderTracking orders) {
            return orders.myOrderDue(number);
        }

        @Override
        public PaymentOutcome pay(PaymentProcessing payments, CardDetails card) {
            return payments.payMine(number, card);
        }

        @Override
        public String orderPath() {
            return "/account/order?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        }
    }

    record Tracked(String number, String email) implements OrderToPay {

        @Override
        public Optional<OrderDue> find(OrderTracking orders) {
            return orders.trackDue(number, email);
        }

        @Override
        public PaymentOutcome pay(PaymentProcessing payments, CardDetails card) {
            return payments.payTracked(number, email, card);
        }

        @Override
        public String orderPath() {
            return TrackPage.path(number);
        }

        @Override
        public String toString() {
            return "Tracked[" + number + "]"; // never the email, e.g. in a log
        }
    }
}
