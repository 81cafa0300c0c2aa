package shop.agora.web.storefront.order;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.web.storefront.checkout.CheckoutFlow;

/**
 * Backing bean of {@code track-order.xhtml} ({@code /track/order?number=...}): an order this session found on the
 * tracking page ({@link TrackLookup}), shown like on its confirmation page. The session keeps the email that found it
 * ({@link TrackedOrders}, never put in an address); an order this session does not know is looked up first (the
 * tracking page, with the number filled in).
 *
 * <p>A guest's order can be cancelled and paid for here, through the services with its number and email; the
 * payment page comes back here. An order of a customer account is acted on by its customer, signed in.
 */
@Named
@ViewScoped
public class TrackPage extends LiveOrder {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderTracking orders;

    @EJB
    OrderCancellation cancellation;

    @Inject
    CheckoutFlow flow;

    @Inject
    TrackedOrders tracked;

    private String numberParam;
    /** The number and email of the order shown, for refreshing it. */
    private String shownNumber;
    private String shownEmail;

    /** Where an order found by tracking is shown, below the context path. */
    public static String path(String number) {
        return "/track/order?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /**
     * On opening the page: the order, when this session found it; a number this session does not know goes to the
     * tracking page to be looked up.
     */
    public void load() throws IOException {
        String wanted = numberParam == null ? "" : numberParam.strip();
        Optional<String> known = wanted.isEmpty() || wanted.length() > 40 ? Optional.empty() : tracked.email(wanted);
        if (known.isEmpty()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/track" + (wanted.isEmpty() || wanted.length() > 40
                    ? "" : "?number=" + URLEncoder.encode(wanted, StandardCharsets.UTF_8)));
            return;
        }
        orders.track(wanted, known.get()).ifPresent(found -> { // else the page says it is not found
            shownNumber = found.number();
            shownEmail = known.get();
            show(found);
        });
    }

    @Override
    protected Optional<OrderView> find() {
        return orders.track(shownNumber, shownEmail);
    }

    /** A guest's order is cancelled with its number and email; an account's order is not cancelled here. */
    @Override
    protected Consumer<String> canceller() {
        return isFound() && getOrder().guest() ? why -> cancellation.cancelTracked(shownNumber, shownEmail, why)
                : null;
    }

    /**
     * A guest's order is paid on the payment page by its number (the session has the email); an account's order only
     * when this session placed it.
     */
    @Override
    public String getPayHref() {
        if (!isFound() || !getOrder().payable()) {
            return null;
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return getOrder().guest()
                ? context + "/checkout/pay?number=" + URLEncoder.encode(getOrder().number(), StandardCharsets.UTF_8)
                : flow.payHref(context, getOrder().number());
    }

    /** An account's order that can still be cancelled (or paid): its customer does that signed in. */
    public boolean isSignInNeeded() {
        return isFound() && !getOrder().guest() && getOrder().cancellable();
    }

    public String getNumberParam() {
        return numberParam;
    }

    public void setNumberParam(String numberParam) {
        this.numberParam = numberParam;
    }
}
