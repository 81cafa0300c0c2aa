package shop.agora.web.storefront.checkout;

import static shop.agora.web.storefront.checkout.DeliveryAddress.strip;

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
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.PrimeFaces;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.AddressView;
import shop.agora.core.order.Balances;
import shop.agora.core.order.Checkout;
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.CheckoutQuote;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.order.control.BalanceSplit;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.PaymentOutcome;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.payment.control.CardCheck;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.session.SessionLife;
import shop.agora.web.storefront.cart.ShopCart;

/**
 * Backing bean of {@code checkout.xhtml} ({@code /checkout}), for guests and customers: the delivery address (a
 * customer may pick one from their address book), the shipping method, and the order summary, quoted again by the
 * server whenever the country or the method changes, and the card ({@link CardForm}). A signed-in customer with a
 * balance may pay with it ("Use my balance", {@link CheckoutBalance}). Placing the order pays it: by card for what the
 * balance does not pay, once the order and its stock hold are made (never a charge without an order). A payment that
 * went through, or a balance that paid everything, goes to the order's confirmation; a declined card goes to the
 * order's payment page, which says why and takes another card while the order waits. Card details that cannot be
 * right (number, expiry, security code) are said next to their fields before anything is ordered.
 *
 * <p>The checkout token is made when the page opens and stays with this view: placing the order again (a double
 * submit, or back and submit again) gives the same order. A new checkout (the page opened again) has a new token.
 */
@Named
@ViewScoped
public class CheckoutPage implements Serializable {

    private static final Logger LOG = Logger.getLogger(CheckoutPage.class.getName());

    private static final long serialVersionUID = 1L;

    /** The countries offered; names are the texts {@code country.XX}. */
    static final List<String> COUNTRIES = List.of("NL", "BE", "DE", "FR", "AT", "ES", "IT", "LU", "SE", "GB", "US");

    /** The form's inputs (ids without a form prefix) by the property of {@link CheckoutForm} they fill. */
    static final Map<String, String> INPUTS = Map.of("email", "checkout-email", "name", "checkout-name",
            "street", "checkout-street", "postalCode", "checkout-postal", "city", "checkout-city", "country",
            "checkout-country", "phone", "checkout-phone", "shippingMethod", "checkout-shipping");

    @EJB
    Checkout checkout;

    @EJB
    Balances balances;

    @EJB
    PaymentProcessing payments;

    @Inject
    CardForm card;

    @Inject
    ShopCart cart;

    @Inject
    CheckoutFlow flow;

    @Inject
    FormValidation validation;

    private final UUID token = UUID.randomUUID();
    private final DeliveryAddress address = new DeliveryAddress();
    private final CheckoutBalance balance = new CheckoutBalance();
    private boolean customer;
    private List<AddressView> addressBook = List.of();
    private Long addressId;
    private String email;
    private String shippingMethod;
    private boolean saveAddress;
    private CheckoutQuote quote;
    /** The lines the quote was made for: placing checks that the cart still holds these. */
    private List<SkuQuantity> quotedLines = List.of();
    private PlacedOrder placed;
    /** Whether the card given with the order paid it. */
    private boolean paid;

    /** On opening the page: a customer's newest saved address is filled in, then the cart is quoted. */
    public void open() {
        // the customer may take a while to type the address: the session (and this page's view) lives the full time
        SessionLife.keep((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
        customer = cart.isCustomer();
        if (customer) {
            balance.load(balances.myBalance());
            addressBook = checkout.myAddresses();
            if (!addressBook.isEmpty()) {
                addressId = addressBook.get(0).id();
                address.use(addressBook.get(0));
            }
        }
        requote();
    }

    /** The cart priced again for the chosen country and shipping method (the cheapest when it is not offered). */
    public void requote() {
        boolean byBalance = isPaidByBalance();
        List<SkuQuantity> lines = cart.lines();
        quotedLines = List.copyOf(lines);
        quote = lines.isEmpty() ? null : checkout.quote(lines, address.countryCode(), shippingMethod);
        shippingMethod = quote == null || quote.chosen() == null ? null : quote.chosen().code();
        FacesContext faces = FacesContext.getCurrentInstance();
        if (byBalance != isPaidByBalance() && faces.getPartialViewContext().isAjaxRequest()) {
            // the new total tips whether the balance pays it all: the card fields come or go
            PrimeFaces.current().ajax().update("checkout-payment-area");
        }
    }

    /** A saved address was chosen: it fills the fields. */
    public void chooseAddress() {
        addressBook.stream().filter(saved -> addressId != null && saved.id() == addressId).findFirst()
                .ifPresentOrElse(address::use, address::clear);
        requote();
    }

    public void placeOrder() throws IOException {
        CardDetails details = card.details();
        card.forgetSecrets(); // whatever happens next, the number and the security code are never shown again
        if (placed != null) {
            next(); // this checkout was placed already: the same order
            return;
        }
        CheckoutForm form = new CheckoutForm(customer ? null : strip(email), strip(address.getName()),
                strip(address.getStreet()), strip(address.getPostalCode()), strip(address.getCity()),
                address.countryCode(), strip(address.getPhone()), shippingMethod, customer && saveAddress,
                customer && balance.used());
        boolean valid = validation.isValid(form, null, INPUTS);
        if (!customer && form.email() == null) {
            Messages.errorOn(INPUTS.get("email"), Messages.app("checkout.email.required"));
            FacesContext.getCurrentInstance().validationFailed();
            valid = false;
        }
        boolean byCard = !isPaidByBalance();
        if (byCard && CardForm.report(CardCheck.problems(details, YearMonth.now(ZoneOffset.UTC)))) {
            valid = false;
        }
        if (!valid) {
            return;
        }
        List<SkuQuantity> lines = cart.lines();
        if (quote == null || !quantities(quotedLines).equals(quantities(lines))) {
            requote(); // another tab changed the cart: show what would be ordered first
            Messages.error(Messages.app(lines.isEmpty() ? "checkout.emptyNow" : "checkout.cartChanged"));
            return;
        }
        try {
            placed = checkout.placeOrder(token, lines, form);
        } catch (DomainException refused) {
            Messages.error(refused.getMessage()); // e.g. someone was quicker: the summary shows the cart as it is now
            requote();
            return;
        } catch (EJBException unavailable) {
            // e.g. the broker or the database is away: the whole transaction rolled back, nothing was ordered
            LOG.log(Level.WARNING, "Placing an order failed; the customer was asked to try again", unavailable);
            Messages.error(Messages.app("checkout.unavailable"));
            return;
        }
        cart.ordered();
        flow.remember(placed);
        if (!placed.paidInFull()) {
            paid = pay(details);
        }
        next();
    }

    /**
     * Pays the placed order by card; whether it went through. When it did not, the order's payment page says why
     * (the order waits there, in payment failed, for another card).
     */
    private boolean pay(CardDetails details) {
        UUID placedToken = placed.checkoutToken();
        try {
            PaymentOutcome outcome = payments.pay(placedToken, details);
            if (outcome.succeeded()) {
                CheckoutFlow.paid(cart);
                return true;
            }
            flow.paymentFailed(placedToken, outcome.message());
        } catch (DomainException refused) {
            flow.paymentFailed(placedToken, refused.getMessage()); // e.g. its items were gone meanwhile
        } catch (EJBException unavailable) {
            // e.g. the broker is away: the payment was not booked; paying again on the payment page reuses the
            // attempt's idempotency key, so a card the gateway already charged is not charged twice
            LOG.log(Level.WARNING, "A payment failed to complete; the customer was asked to try again", unavailable);
            flow.paymentFailed(placedToken, Messages.app("payment.unavailable"));
        }
        return false;
    }

    /** To the confirmation once paid (by card or balance); else to the payment page, which says why. */
    private void next() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (paid || placed.paidInFull()
                ? "/order/confirmation?token=" : "/checkout/pay?order=") + placed.checkoutToken());
    }

    private static Map<Long, Integer> quantities(List<SkuQuantity> lines) {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.skuId(), line.quantity(), Integer::sum));
        return quantities;
    }

    /** Whether the order can be placed as quoted: items to buy, none with a problem, a way to ship them. */
    public boolean isOrderable() {
        return quote != null && !quote.cart().empty() && !quote.cart().hasProblems() && quote.totals() != null;
    }

    public boolean isCartEmpty() {
        return quote == null || quote.cart().empty();
    }

    /** The countries to choose from: the offered ones, and those of saved addresses. */
    public List<String> getCountries() {
        List<String> countries = new ArrayList<>(COUNTRIES);
        addressBook.stream().map(AddressView::country).filter(c -> c != null && !countries.contains(c))
                .forEach(countries::add);
        if (!countries.contains(address.countryCode())) {
            countries.add(address.countryCode());
        }
        return countries;
    }

    /** Where the confirmation goes: a customer's account email (the caller's name). */
    public String getAccountEmail() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public boolean isCustomer() {
        return customer;
    }

    public DeliveryAddress getAddress() {
        return address;
    }

    public CheckoutBalance getBalance() {
        return balance;
    }

    /** How the quoted order would be paid (balance and card); null while it cannot be quoted. */
    public BalanceSplit getPayment() {
        return quote == null ? null : balance.split(quote.totals());
    }

    /** Whether the customer's balance pays the whole quoted order: "Pay with my balance" instead of the card. */
    public boolean isPaidByBalance() {
        return quote != null && balance.paysAll(quote.totals());
    }

    public List<AddressView> getAddressBook() {
        return addressBook;
    }

    public CheckoutQuote getQuote() {
        return quote;
    }

    public Long getAddressId() {
        return addressId;
    }

    public void setAddressId(Long addressId) {
        this.addressId = addressId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getShippingMethod() {
        return shippingMethod;
    }

    public void setShippingMethod(String shippingMethod) {
        this.shippingMethod = shippingMethod;
    }

    public boolean isSaveAddress() {
        return saveAddress;
    }

    public void setSaveAddress(boolean saveAddress) {
        this.saveAddress = saveAddress;
    }
}
