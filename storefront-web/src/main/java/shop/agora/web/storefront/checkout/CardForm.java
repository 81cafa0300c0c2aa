package shop.agora.web.storefront.checkout;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The card fields of the payment page. Request scoped on purpose: what is typed lives for the one request that pays
 * and is never kept in the session or the view. The number and the CVC are forgotten as soon as they went to the
 * payment service, so a page shown again after a failed attempt never shows them.
 */
@Named
@RequestScoped
public class CardForm {

    private String holder;
    private String number;
    private String expiry;
    private String cvc;

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
