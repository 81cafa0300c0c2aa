package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.inventory.HoldResult;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.order.control.CartPricing;
import shop.agora.core.order.control.Totals;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;
import shop.agora.core.shipping.ShippingCalculation;
import shop.agora.core.shipping.ShippingOption;

/**
 * Checkout for customers and guests: a quote (shipping options, tax, total) and placing the order, which validates
 * the cart again, creates the order awaiting payment with a human-readable number and holds the stock while the
 * customer pays. A checkout has a token (made when the checkout page opens): placing it twice gives the same order.
 * Holding stock is the platform's act (run as SYSTEM), so guests can check out too. A signed-in customer may pay
 * with their wallet and store credit ({@link Balances}): the debit is written with the order, and when it covers the
 * total the order is paid at once, through the same "Payment Processed" as a card payment.
 */
@Stateless
@PermitAll
@RunAs(Role.Names.SYSTEM)
public class Checkout {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    StockManagement stock;

    @EJB
    ShippingCalculation shipping;

    @EJB
    Balances balances;

    @EJB
    PaymentProcessing payments;

    @Resource
    EJBContext context;

    /** Shipping options and totals for the lines to a country; {@code method} picks one (else the cheapest). */
    public CheckoutQuote quote(@NotNull List<SkuQuantity> lines, @NotNull String country, String method) {
        List<SkuQuantity> merged = SkuQuantities.merged(lines);
        return quote(merged, CartPricing.facts(em, merged.stream().map(SkuQuantity::skuId).toList()), country,
                method);
    }

    private CheckoutQuote quote(List<SkuQuantity> merged, Map<Long, CartPricing.SkuFacts> facts, String country,
            String method) {
        CartView cart = CartPricing.price(merged, facts, stock.available(merged.stream().map(SkuQuantity::skuId)
                .toList()));
        if (cart.empty()) {
            return new CheckoutQuote(cart, List.of(), null, null);
        }
        List<ShippingOption> options = shipping.options(country, cart.weightGrams(), cart.subtotal());
        ShippingOption chosen = options.stream().filter(o -> o.code().equals(method)).findFirst()
                .orElse(options.isEmpty() ? null : options.get(0));
        Totals totals = chosen == null ? null : Totals.of(cart.currency(), cart.lines().stream()
                .filter(l -> l.currency().equals(cart.currency()))
                .map(l -> new Totals.Item(l.unitPrice(), l.quantity())).toList(), chosen.price(),
                shipping.taxRate(country));
        return new CheckoutQuote(cart, options, chosen, totals);
    }

    /**
     * Places the order: the cart is checked again (every line on sale and in stock, one currency), shipping and tax
     * are computed on the server, the order is created awaiting payment and its items are held. Placing the same
     * checkout again returns the order it made. With {@code form.useBalance()} a signed-in customer's balance pays as
     * much as it has (at most the total), in the same transaction; if that is everything, the order is paid now.
     */
    public PlacedOrder placeOrder(@NotNull UUID checkoutToken, @NotNull List<SkuQuantity> lines,
            @NotNull @Valid CheckoutForm form) {
        // the same checkout submitted twice at once: the second waits here, then finds the first one's order
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?))").setParameter(1, checkoutToken.toString())
                .getSingleResult();
        Optional<Order> placed = em.createQuery("select o from Order o where o.checkoutToken = :token", Order.class)
                .setParameter("token", checkoutToken).getResultStream().findFirst();
        if (placed.isPresent()) {
            return placedOrder(placed.get());
        }
        Long account = Accounts.customerId(em, context);
        String email = account != null ? context.getCallerPrincipal().getName().toLowerCase(Locale.ROOT)
                : form.email() == null ? "" : form.email().strip().toLowerCase(Locale.ROOT);
        if (email.isBlank()) {
            throw new DomainException("Please enter your email address for the order confirmation.");
        }
        List<SkuQuantity> merged = SkuQuantities.merged(lines);
        if (merged.isEmpty()) {
            throw new DomainException("Your cart is empty.");
        }
        for (SkuQuantity line : merged) {
            String problem = CartPricing.quantityProblem(line.quantity());
            if (problem != null) {
                throw new DomainException(problem);
            }
        }
        String country = form.country().strip().toUpperCase(Locale.ROOT);
        Map<Long, CartPricing.SkuFacts> facts = CartPricing.facts(em, merged.stream().map(SkuQuantity::skuId)
                .toList());
        CheckoutQuote quote = quote(merged, facts, country, form.shippingMethod());
        List<String> problems = quote.cart().lines().stream().filter(l -> l.problem() != null)
                .map(l -> l.productName() + " (" + l.skuLabel() + "): " + l.problem()).toList();
        if (quote.cart().lines().size() < merged.size()) {
            throw new DomainException("An item in your cart is no longer sold; please review your cart.");
        }
        if (!problems.isEmpty()) {
            throw new DomainException("Please review your cart: " + String.join(" ", problems));
        }
        if (quote.chosen() == null || !quote.chosen().code().equals(form.shippingMethod())) {
            throw new DomainException(quote.options().isEmpty()
                    ? "We cannot ship this order to " + country + "; please choose another address."
                    : "Please choose one of the shipping methods shown.");
        }
        List<OrderLine.LineSnapshot> snapshot = new ArrayList<>();
        for (CartLineView line : quote.cart().lines()) {
            CartPricing.SkuFacts sku = facts.get(line.skuId());
            snapshot.add(new OrderLine.LineSnapshot(sku.skuId(), sku.productId(), sku.merchantId(),
                    sku.productName(), sku.productSlug(), sku.skuCode(), sku.skuLabel(), sku.unitPrice(),
                    line.quantity(), sku.weightGrams()));
        }
        Instant now = clock.instant();
        long sequence = ((Number) em.createNativeQuery("select nextval('order_number_seq')").getSingleResult())
                .longValue();
        Order order = new Order(number(sequence), checkoutToken, account, email,
                new Order.Destination(form.name().strip(), form.street().strip(), form.postalCode().strip(),
                        form.city().strip(), country, form.phone() == null || form.phone().isBlank() ? null
                        : form.phone().strip()),
                quote.chosen().name() + " (" + quote.chosen().deliveryDays() + " days)", snapshot, quote.totals(),
                account != null ? email : "guest " + email, now);
        em.persist(order);
        em.flush();
        HoldResult hold = stock.placeHold(order.number(), merged);
        if (!hold.held()) {
            Map<Long, String> names = quote.cart().lines().stream().collect(Collectors.toMap(CartLineView::skuId,
                    l -> l.productName() + " (" + l.skuLabel() + ")"));
            throw new DomainException("Sorry, someone was quicker: " + hold.shortages().stream()
                    .map(s -> "only " + s.available() + " of " + names.get(s.skuId()) + " left")
                    .collect(Collectors.joining(", ")) + ". Please review your cart.");
        }
        if (account != null && form.useBalance()) {
            balances.spendOn(order.id());
            if (order.balancePaid().signum() > 0 && order.cardDue().signum() == 0) {
                payments.payFromBalance(order.id());
            }
        }
        if (account != null) {
            for (SkuQuantity line : merged) {
                em.createNativeQuery("delete from cart_line where sku_id = ? and cart_id = (select id from cart "
                        + "where account_id = ?)").setParameter(1, line.skuId()).setParameter(2, account)
                        .executeUpdate();
            }
            if (form.saveAddress()) {
                saveAddress(account, order.destination(), now);
            }
        }
        return new PlacedOrder(order.id(), order.number(), checkoutToken, order.totals().total(),
                order.totals().currency(), hold.expiresAt(), order.balancePaid());
    }

    /** The signed-in customer's address book, newest first. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public List<AddressView> myAddresses() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, full_name, street, postal_code, city, country, phone "
                        + "from address where account_id = ? order by id desc")
                .setParameter(1, Accounts.callerId(em, context)).getResultList();
        return rows.stream().map(r -> new AddressView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((String) r[5]).strip(), (String) r[6])).toList();
    }

    @RolesAllowed(Role.Names.CUSTOMER)
    public void removeAddress(long id) {
        em.createNativeQuery("delete from address where id = ? and account_id = ?").setParameter(1, id)
                .setParameter(2, Accounts.callerId(em, context)).executeUpdate();
    }

    private void saveAddress(long account, Order.Destination d, Instant now) {
        em.createNativeQuery("insert into address (account_id, full_name, street, postal_code, city, country, phone, "
                        + "created_at) select ?, ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from address "
                        + "where account_id = ? and lower(full_name) = lower(?) and lower(street) = lower(?) "
                        + "and postal_code = ? and country = ?)")
                .setParameter(1, account).setParameter(2, d.name()).setParameter(3, d.street())
                .setParameter(4, d.postalCode()).setParameter(5, d.city()).setParameter(6, d.country())
                .setParameter(7, d.phone()).setParameter(8, now.atOffset(ZoneOffset.UTC)).setParameter(9, account)
                .setParameter(10, d.name()).setParameter(11, d.street()).setParameter(12, d.postalCode())
                .setParameter(13, d.country()).executeUpdate();
    }

    private PlacedOrder placedOrder(Order order) {
        @SuppressWarnings("unchecked")
        List<Object> expiry = em.createNativeQuery("select max(expires_at) from stock_hold where reference = ? "
                + "and status = 'HELD'").setParameter(1, order.number()).getResultList();
        return new PlacedOrder(order.id(), order.number(), order.checkoutToken(), order.totals().total(),
                order.totals().currency(), NativeSql.instant(expiry.isEmpty() ? null : expiry.get(0)),
                order.balancePaid());
    }

    /** "AG-1001-7": the sequence and a check digit, so that a mistyped number is noticed when tracking. */
    static String number(long sequence) {
        String digits = Long.toString(sequence);
        return "AG-" + digits + "-" + checkDigit(digits);
    }

    static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return (10 - sum % 10) % 10;
    }
}
