package shop.agora.web.storefront.order;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.security.ClientAddress;
import shop.agora.web.storefront.checkout.CheckoutFlow;

/**
 * Backing bean of {@code track.xhtml} ({@code /track}): anyone finds an order by its number and the email it was
 * placed with, and sees it like on its confirmation page. A wrong number and a wrong email get the same answer, so
 * the page does not tell which orders exist, and an address that keeps guessing is stopped for a while
 * ({@link LookupLimit}). Sent as a form (POST), so the email never appears in an address.
 *
 * <p>A guest's order found here can be cancelled and paid for, through the services with its number and email; the
 * session remembers them ({@link TrackedOrders}) for the payment page, which comes back to {@code /track?number=...}.
 * An order of a customer account is acted on by its customer, signed in.
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

    @Inject
    LookupLimit limit;

    @Inject
    ClientAddress clientAddress;

    private String number;
    private String email;
    private String numberParam;
    /** The number and email of the order shown, for refreshing it; the inputs may be changed meanwhile. */
    private String shownNumber;
    private String shownEmail;

    /** Opened as {@code /track?number=...}: an order this session found before (e.g. just paid for) is shown again. */
    public void load() {
        if (numberParam == null || numberParam.isBlank() || numberParam.strip().length() > 40) {
            return;
        }
        tracked.email(numberParam).ifPresent(known -> orders.track(numberParam, known).ifPresent(found -> {
            number = found.number();
            email = known;
            shown(found, known);
        }));
    }

    public void track() {
        String wantedNumber = number == null ? "" : number.strip();
        String wantedEmail = email == null ? "" : email.strip();
        boolean complete = true;
        if (wantedNumber.isEmpty()) {
            Messages.errorOn("track-number", Messages.app("track.number.required"));
            complete = false;
        }
        if (wantedEmail.isEmpty()) {
            Messages.errorOn("track-email", Messages.app("track.email.required"));
            complete = false;
        }
        if (!complete) {
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String client = clientAddress();
        if (!limit.allows(client)) {
            Messages.error(Messages.app("track.tooMany"));
            show(null);
            return;
        }
        Optional<OrderView> found = wantedNumber.length() > 40 || wantedEmail.length() > 254 ? Optional.empty()
                : orders.track(wantedNumber, wantedEmail);
        if (found.isEmpty()) {
            limit.failed(client);
            Messages.error(Messages.app("track.notFound"));
            show(null);
            return;
        }
        shown(found.get(), wantedEmail);
    }

    private void shown(OrderView found, String byEmail) {
        shownNumber = found.number();
        shownEmail = byEmail;
        tracked.remember(found.number(), byEmail);
        show(found);
    }

    private String clientAddress() {
        return clientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
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

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNumberParam() {
        return numberParam;
    }

    public void setNumberParam(String numberParam) {
        this.numberParam = numberParam;
    }
}
