package shop.agora.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.agora.core.accounts.AccountView;
import shop.agora.core.accounts.NewAccount;
import shop.agora.core.merchants.MerchantService;
import shop.agora.core.merchants.MerchantView;
import shop.agora.core.merchants.NewMerchant;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code merchants.xhtml}: the list of merchants, a form to add one, and a form to add a user to
 * the chosen merchant with that merchant's users. Request scoped: each (ajax) request submits what it needs,
 * including the chosen merchant.
 */
@Named
@RequestScoped
public class MerchantsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    @Inject
    MerchantService service;

    @Inject
    FormValidation validation;

    private List<MerchantView> merchants;
    private List<AccountView> users;

    private String name;
    private String contactEmail;

    private Long merchantId;
    private String userEmail;
    private String userName;
    private String userPassword;

    public void createMerchant() {
        NewMerchant form = new NewMerchant(strip(name), strip(contactEmail));
        if (!validation.isValid(form, "merchant")) {
            return;
        }
        try {
            MerchantView created = service.createMerchant(form);
            Messages.info(Messages.app("merchants.created", created.name()));
            name = null;
            contactEmail = null;
            merchants = null;
            merchantId = created.id(); // ready for its first user
            users = null;
        } catch (DomainException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void createUser() {
        NewAccount form = new NewAccount(strip(userEmail), userPassword, strip(userName));
        boolean valid = validation.isValid(form, "merchant-user", Map.of("displayName", "name"));
        if (merchantId == null) {
            Messages.errorOn("merchant-user:merchant", Messages.app("merchants.user.chooseMerchant"));
            valid = false;
        }
        if (!valid) {
            return;
        }
        try {
            AccountView created = service.createMerchantUser(merchantId, form);
            Messages.info(Messages.app("merchants.user.created", created.displayName(), created.email(),
                    created.merchantName()));
            userEmail = null;
            userName = null;
            userPassword = null;
            merchants = null;
            users = null;
        } catch (DomainException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public List<MerchantView> getMerchants() {
        if (merchants == null) {
            merchants = service.merchants();
        }
        return merchants;
    }

    /** The users of the chosen merchant; none while no merchant is chosen. */
    public List<AccountView> getUsers() {
        if (users == null) {
            users = merchantId == null ? List.of() : service.merchantUsers(merchantId);
        }
        return users;
    }

    /** The chosen merchant's name, or null. */
    public String getMerchantName() {
        return getMerchants().stream().filter(m -> merchantId != null && m.id() == merchantId)
                .map(MerchantView::name).findFirst().orElse(null);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Long getMerchantId() {
        return merchantId;
    }

    public void setMerchantId(Long merchantId) {
        this.merchantId = merchantId;
        this.users = null;
    }

    public String getUserEmail() {
        return userEmail;
    }

    public void setUserEmail(String userEmail) {
        this.userEmail = userEmail;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getUserPassword() {
        return userPassword;
    }

    public void setUserPassword(String userPassword) {
        this.userPassword = userPassword;
    }
}
