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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.AddressView;
import shop.agora.core.order.Balances;
import shop.agora.core.order.Checkout;
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.CheckoutQuote;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.order.control.BalanceSplit;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.session.SessionLife;
import shop.agora.web.storefront.cart.ShopCart;

/**
 * Backing bean of {@code checkout.xhtml} ({@code /checkout}), for guests and customers: the delivery address (a
 * customer may pick one from their address book), the shipping method, and the order summary, quoted again by the
 * server whenever the country or the method changes. A signed-in customer with a balance may pay with it ("Use my
 * balance", {@link CheckoutBalance}). Placing the order goes to the payment page for what the card pays, or, when the
 * balance pays everything, straight to the order's confirmation.
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
        List<SkuQuantity> lines = cart.lines();
        quotedLines = List.copyOf(lines);
        quote = lines.isEmpty() ? null : checkout.quote(lines, address.countryCode(), shippingMethod);
        shippingMethod = quote == null || quote.chosen() == null ? null : quote.chosen().code();
    }

    /** A saved address was chosen: it fills the fields. */
    public void chooseAddress() {
        addressBook.stream().filter(saved -> addressId != null && saved.id() == addressId).findFirst()
                .ifPresentOrElse(address::use, address::clear);
        requote();
    }

    public void placeOrder() throws IOException {
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
        next();
    }

    /** To the payment page for what the card pays, or to the confirmation when the balance paid it all. */
    private void next() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + (placed.paidInFull() ? "/order/confirmation?token="
                : "/checkout/pay?order=") + placed.checkoutToken());
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
