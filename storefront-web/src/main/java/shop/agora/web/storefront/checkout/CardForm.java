package shop.agora.web.storefront.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Set;
import shop.agora.core.payment.CardDetails;
import shop.agora.web.common.faces.Messages;

/**
 * The card fields of the checkout page and of the payment page. Request scoped on purpose: what is typed lives for the
 * one request that pays and is never kept in the session or the view. The number and the CVC are forgotten as soon as
 * they went to the payment service, so a page shown again after a failed attempt never shows them.
 */
@Named
@RequestScoped
public class CardForm {

    /** The fields the payment service names in its card problems; the inputs are {@code card-<field>}. */
    private static final Set<String> FIELDS = Set.of("holder", "number", "expiry", "cvc");

    private String holder;
    private String number;
    private String expiry;
    private String cvc;

    /** What was typed, to send to the payment service. */
    public CardDetails details() {
        return new CardDetails(holder, number, expiry, cvc);
    }

    /**
     * Says each of the card's problems (by field, as the payment service names them) next to its input, any other on
     * top of the page, and marks the request as failed validation; false when there are none.
     */
    public static boolean report(Map<String, String> problems) {
        if (problems.isEmpty()) {
            return false;
        }
        problems.forEach((field, text) -> {
            if (FIELDS.contains(field)) {
                Messages.errorOn("card-" + field, text);
            } else {
                Messages.error(text);
            }
        });
        FacesContext.getCurrentInstance().validationFailed();
        return true;
    }

    public void forgetSecrets() {
        number = null;
        cvc = null;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getExpiry() {
        return expiry;
    }

    public void setExpiry(String expiry) {
        this.expiry = expiry;
    }

    public String getCvc() {
        return cvc;
    }

    public void setCvc(String cvc) {
        this.cvc = cvc;
    }
}
