package shop.agora.web.storefront.order;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.security.ClientAddress;
import shop.agora.web.common.security.SameOrigin;
import shop.agora.web.common.session.SessionLife;

/**
 * Backing bean of {@code track.xhtml} ({@code /track}): anyone finds an order by its number and the email it was
 * placed with. A wrong number and a wrong email get the same answer, so the page does not tell which orders exist, and
 * an address that keeps guessing is stopped for a while ({@link LookupLimit}). Sent as a form (POST), so the email
 * never appears in an address.
 *
 * <p>The page is a stateless view: opening it makes no session (a crawler or a bot that keeps no cookies would
 * otherwise leave one with the page's view in memory per request), and its form, without a view state, is only
 * taken from our own pages ({@link SameOrigin}). An order found is remembered by the session with the email
 * ({@link TrackedOrders}) and shown at {@code /track/order?number=...} ({@link TrackPage}). Opened as
 * {@code /track?number=...} (the link in the shop's emails), it goes there when this session found the order before,
 * and otherwise fills the number in.
 */
@Named
@RequestScoped
public class TrackLookup {

    @EJB
    OrderTracking orders;

    @Inject
    TrackedOrders tracked;

    @Inject
    LookupLimit limit;

    @Inject
    ClientAddress clientAddress;

    private String number;
    private String email;

    /** On opening the page (GET): {@code ?number=} of an order this session found goes to it, else fills it in. */
    public void open() throws IOException {
        String wanted = number == null ? "" : number.strip();
        if (wanted.isEmpty() || wanted.length() > 40) {
            number = null;
            return;
        }
        number = wanted;
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        // asked only of a session that exists: the session-scoped memory would otherwise make one
        if (external.getSession(false) != null && tracked.email(wanted).isPresent()) {
            toOrder(external, wanted);
        }
    }

    public void track() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (SameOrigin.refused(faces)) {
            return;
        }
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
            faces.validationFailed();
            return;
        }
        String client = clientAddress.of(request);
        if (!limit.allows(client)) {
            Messages.error(Messages.app("track.tooMany"));
            return;
        }
        Optional<OrderView> found = wantedNumber.length() > 40 || wantedEmail.length() > 254 ? Optional.empty()
                : orders.track(wantedNumber, wantedEmail);
        if (found.isEmpty()) {
            limit.failed(client);
            Messages.error(Messages.app("track.notFound"));
            return;
        }
        tracked.remember(found.get().number(), wantedEmail);
        // the session now holds the email that found the order (to pay or cancel it): it lives the full time
        SessionLife.keep(request);
        toOrder(external, found.get().number());
    }

    private static void toOrder(ExternalContext external, String number) throws IOException {
        external.redirect(external.getRequestContextPath() + TrackPage.path(number));
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
}
