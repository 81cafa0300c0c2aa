package shop.agora.web.storefront.checkout;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.order.OrderDue;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.CardProblems;
import shop.agora.core.payment.PaymentOutcome;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.session.SessionLife;
import shop.agora.web.storefront.cart.ShopCart;
import shop.agora.web.storefront.order.TrackedOrders;

/**
 * Backing bean of {@code checkout-payment.xhtml} ({@code /checkout/pay?order={checkoutToken}}, or
 * {@code /checkout/pay?number=AG-1001-7} for a guest's order this session found on the tracking page or for an order of
 * the signed-in customer): the order's
 * number and total, until when its items are held, and the card form. A declined card says why and the form stays for
 * another card; a payment that went through goes to the order's page (its confirmation, or the tracking page). The
 * card details pass through {@link CardForm} (request scoped) and a local variable on their way to the service; this
 * bean keeps none of them. An order that needs no payment (paid, confirmed, cancelled) is shown by its page instead.
 */
@Named
@ViewScoped
public class CheckoutPaymentPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(CheckoutPaymentPage.class.getName());

    private static final long serialVersionUID = 1L;

    @EJB
    OrderTracking orders;

    @EJB
    PaymentProcessing payments;

    @Inject
    CheckoutFlow flow;

    @Inject
    CardForm card;

    @Inject
    TrackedOrders tracked;

    @Inject
    ShopCart cart;

    private String orderParam;
    private String numberParam;
    private OrderToPay target;
    private OrderDue order;
    private Instant holdUntil;
    private String failure;

    public void load() throws IOException {
        target = target();
        order = target == null ? null : target.find(orders).orElse(null);
        if (order != null && target instanceof OrderToPay.Tracked && !order.guest()) {
            order = null; // an account's order is paid by its customer, signed in (the service refuses it too)
        }
        if (order == null) {
            return; // the page says there is no such order
        }
        if (!order.payable()) {
            toOrder();
            return;
        }
        SessionLife.keep(request()); // an order being paid for: the session lives the full time
        if (target instanceof OrderToPay.Placed placed) {
            holdUntil = flow.placed(placed.token()).map(PlacedOrder::holdExpiresAt).orElse(null);
            failure = flow.takeFailure(placed.token()).orElse(null); // the card given at checkout failed
        }
    }

    /**
     * The order the address names: by its checkout token; or by its number when this session tracked it, or when a
     * customer is signed in (one of their orders).
     */
    private OrderToPay target() {
        UUID token = token(orderParam);
        if (token != null) {
            return new OrderToPay.Placed(token);
        }
        if (numberParam == null || numberParam.isBlank() || numberParam.strip().length() > 40) {
            return null;
        }
        String number = TrackedOrders.key(numberParam);
        Optional<OrderToPay> byTracking = tracked.email(number).map(email -> new OrderToPay.Tracked(number, email));
        if (byTracking.isPresent()) {
            return byTracking.get();
        }
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.CUSTOMER)
                ? new OrderToPay.Mine(number) : null;
    }

    public void pay() throws IOException {
        if (order == null) {
            return;
        }
        failure = null;
        CardDetails details = card.details();
        card.forgetSecrets();
        PaymentOutcome outcome;
        try {
            outcome = target.pay(payments, details);
        } catch (CardProblems problems) {
            CardForm.report(problems.problems());
            return;
        } catch (DomainException refused) {
            failure = refused.getMessage(); // e.g. cancelled meanwhile, or its items are gone
            reload();
            return;
        } catch (EJBException unavailable) {
            // e.g. the broker is away: the payment was not booked; paying again reuses the attempt's idempotency
            // key, so a card the gateway already charged is not charged twice
            LOG.log(Level.WARNING, "A payment failed to complete; the customer was asked to try again", unavailable);
            failure = Messages.app("payment.unavailable");
            reload();
            return;
        }
        if (outcome.succeeded()) {
            CheckoutFlow.paid(cart);
            toOrder();
            return;
        }
        failure = outcome.message();
        reload();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    private void reload() {
        order = target.find(orders).orElse(order);
        holdUntil = null; // a failed payment gave the items back; paying holds them again
    }

    private void toOrder() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + target.orderPath());
    }

    /** A checkout token as it appears in an address; null for anything else. */
    public static UUID token(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException notAToken) {
            return null;
        }
    }

    /** Where the order is shown (its confirmation, or the tracking page), below the context path. */
    public String getOrderPath() {
        return target == null ? null : target.orderPath();
    }

    /** Whether the address named the order by its number (from the tracking page). */
    public boolean isByNumber() {
        return token(orderParam) == null && numberParam != null && !numberParam.isBlank();
    }

    public boolean isFound() {
        return order != null;
    }

    public OrderDue getOrder() {
        return order;
    }

    /** Until when the items are held for this payment; null when that is not known or already past. */
    public Instant getHoldUntil() {
        return holdUntil != null && holdUntil.isAfter(Instant.now())
                && "AWAITING_PAYMENT".equals(order.status()) ? holdUntil : null;
    }

    /** Why the last attempt failed; null before any and after a success. */
    public String getFailure() {
        return failure;
    }

    public String getOrderParam() {
        return orderParam;
    }

    public void setOrderParam(String orderParam) {
        this.orderParam = orderParam;
    }

    public String getNumberParam() {
        return numberParam;
    }

    public void setNumberParam(String numberParam) {
        this.numberParam = numberParam;
    }
}
