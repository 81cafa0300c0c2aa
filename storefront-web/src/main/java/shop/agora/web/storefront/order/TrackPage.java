package shop.agora.web.storefront.order;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.storefront.checkout.CheckoutFlow;

/**
 * Backing bean of {@code track.xhtml} ({@code /track}): anyone finds an order by its number and the email it was
 * placed with, and sees it like on its confirmation page. A wrong number and a wrong email get the same answer, so
 * the page does not tell which orders exist. Sent as a form (POST), so the email never appears in an address.
 */
@Named
@ViewScoped
public class TrackPage extends LiveOrder {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderTracking orders;

    @Inject
    CheckoutFlow flow;

    private String number;
    private String email;
    /** The number and email of the order shown, for refreshing it; the inputs may be changed meanwhile. */
    private String shownNumber;
    private String shownEmail;

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
        if (!complete || wantedNumber.length() > 40 || wantedEmail.length() > 254) {
            if (complete) {
                Messages.error(Messages.app("track.notFound"));
            }
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Optional<OrderView> found = orders.track(wantedNumber, wantedEmail);
        if (found.isEmpty()) {
            Messages.error(Messages.app("track.notFound"));
            show(null);
            return;
        }
        shownNumber = wantedNumber;
        shownEmail = wantedEmail;
        show(found.get());
    }

    @Override
    protected Optional<OrderView> find() {
        return orders.track(shownNumber, shownEmail);
    }

    @Override
    public String getPayHref() {
        return isFound() && getOrder().payable() ? flow.payHref(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), getOrder().number())
                : null;
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
