package shop.agora.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shop.agora.core.shipping.ShippingAdmin;
import shop.agora.core.shipping.TaxRateForm;
import shop.agora.core.shipping.TaxRateView;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code taxes.xhtml}: the tax rate of each destination country, and one form that adds a country's
 * rate or changes it (a country has one rate: saving it again replaces it). View scoped: the rate chosen to change
 * lasts while the page is open.
 */
@Named
@ViewScoped
public class TaxesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "tax-form";
    private static final Map<String, String> INPUT_IDS = Map.of("country", "tax-country", "name", "tax-name",
            "percent", "tax-percent");

    @Inject
    ShippingAdmin service;

    @Inject
    FormValidation validation;

    private List<TaxRateView> rates;

    private String country;
    private String name;
    private BigDecimal percent;

    /** Fills the form with a rate from the table, to change it. */
    public void edit(TaxRateView rate) {
        country = rate.country();
        name = rate.name();
        percent = rate.percent();
    }

    public void save() {
        TaxRateForm form = new TaxRateForm(country == null ? null : country.strip().toUpperCase(Locale.ROOT),
                name == null ? null : name.strip(), percent);
        if (!validation.isValid(form, FORM, INPUT_IDS)) {
            return;
        }
        boolean known = getRates().stream().anyMatch(rate -> rate.country().equals(form.country()));
        if (Refusals.run(() -> service.saveTaxRate(form))) {
            Messages.info(Messages.app(known ? "taxes.changed" : "taxes.added", form.country(), form.name(),
                    percentText(form.percent())));
            country = null;
            name = null;
            percent = null;
        }
        rates = null;
    }

    public void remove(TaxRateView rate) {
        if (Refusals.run(() -> service.removeTaxRate(rate.country()))) {
            Messages.info(Messages.app("taxes.removed", rate.country(), rate.name()));
        }
        rates = null;
    }

    public List<TaxRateView> getRates() {
        if (rates == null) {
            rates = service.taxRates();
        }
        return rates;
    }

    /** "21%", "5.5%". */
    public String percent(TaxRateView rate) {
        return percentText(rate.percent());
    }

    private static String percentText(BigDecimal value) {
        return Messages.app("taxes.percentValue", value.stripTrailingZeros().toPlainString());
    }

    public String removeQuestion(TaxRateView rate) {
        return Messages.app("taxes.remove.question", rate.country(), rate.name());
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public void setPercent(BigDecimal percent) {
        this.percent = percent;
    }
}
