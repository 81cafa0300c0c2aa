package shop.agora.web.storefront.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import shop.agora.core.accounts.AccountService;
import shop.agora.core.accounts.AccountView;
import shop.agora.core.order.BalanceView;
import shop.agora.core.order.Balances;

/** Backing bean of {@code account/index.xhtml}: the signed-in customer's own account. */
@Named
@RequestScoped
public class AccountPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    @Inject
    AccountService accounts;

    @EJB
    Balances balances;

    private AccountView account;
    private BalanceView balance;

    /** The customer's wallet and store credit with their entries. */
    public BalanceView getBalance() {
        if (balance == null) {
            balance = balances.myBalance();
        }
        return balance;
    }

    public AccountView getAccount() {
        if (account == null) {
            account = accounts.currentAccount();
        }
        return account;
    }

    /** The day the account was created, e.g. "March 3, 2026". */
    public String getMemberSince() {
        return DAY.format(getAccount().createdAt());
    }
}
