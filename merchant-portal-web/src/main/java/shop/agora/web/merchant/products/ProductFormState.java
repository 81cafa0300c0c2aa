package shop.agora.web.merchant.products;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.catalog.ProductForm.AttributeForm;
import shop.agora.core.catalog.ProductForm.VariantForm;

/**
 * What the product form shows and the merchant types, with rows that can be added and removed; it becomes a
 * {@link ProductForm} to validate and save. Row {@code i} of a table is element {@code i} of the form's list, so a
 * violation of {@code variants[i].code} belongs to the input of row {@code i}.
 */
public class ProductFormState implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The currencies offered first; a product's own currency is offered too when it is not one of them. */
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK",
            "CAD", "AUD");

    private String name;
    private String brand;
    private String description;
    private BigDecimal price;
    private String currency = CURRENCIES.get(0);
    private List<Long> categoryIds = new ArrayList<>();
    private final List<AttributeRow> attributes = new ArrayList<>();
    private final List<VariantRow> variants = new ArrayList<>();

    /** A new product: one variant, ready to be filled in. */
    static ProductFormState blank(String firstVariantLabel) {
        ProductFormState state = new ProductFormState();
        VariantRow first = new VariantRow();
        first.setLabel(firstVariantLabel);
        state.variants.add(first);
        return state;
    }

    static ProductFormState of(ProductForm form) {
        ProductFormState state = new ProductFormState();
        state.name = form.name();
        state.brand = form.brand();
        state.description = form.description();
        state.price = form.price();
        state.currency = form.currency();
        state.categoryIds = new ArrayList<>(form.categoryIds());
        form.attributes().forEach(a -> state.attributes.add(new AttributeRow(a.name(), a.value())));
        form.variants().forEach(v -> state.variants.add(new VariantRow(v)));
        return state;
    }

    /** The form to save. Rows left completely empty are dropped first (from the page too). */
    ProductForm toForm() {
        attributes.removeIf(AttributeRow::isEmpty);
        variants.removeIf(VariantRow::isEmpty);
        return new ProductForm(strip(name), strip(description), strip(brand), price, strip(currency),
                List.copyOf(categoryIds),
                attributes.stream().map(a -> new AttributeForm(strip(a.name), strip(a.value))).toList(),
                variants.stream().map(v -> new VariantForm(strip(v.code), strip(v.label), v.priceOverride,
                        v.weightGrams)).toList());
    }

    public List<String> getCurrencies() {
        if (currency == null || currency.isBlank() || CURRENCIES.contains(currency)) {
            return CURRENCIES;
        }
        List<String> withOwn = new ArrayList<>(CURRENCIES);
        withOwn.add(0, currency);
        return withOwn;
    }

    public void addAttribute() {
        attributes.add(new AttributeRow());
    }

    public void removeAttribute(AttributeRow row) {
        attributes.remove(row);
    }

    public void addVariant() {
        variants.add(new VariantRow());
    }

    public void removeVariant(VariantRow row) {
        variants.remove(row);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBrand() {
        return brand;
    }

    public void setBrand(String brand) {
        this.brand = brand;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public List<Long> getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(List<Long> categoryIds) {
        this.categoryIds = categoryIds == null ? new ArrayList<>() : new ArrayList<>(categoryIds);
    }

    public List<AttributeRow> getAttributes() {
        return attributes;
    }

    public List<VariantRow> getVariants() {
        return variants;
    }

    /** One row of the details table. Rows are told apart by identity: two empty rows are not "equal". */
    public static class AttributeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String value;

        public AttributeRow() {
        }

        AttributeRow(String name, String value) {
            this.name = name;
            this.value = value;
        }

        boolean isEmpty() {
            return isBlank(name) && isBlank(value);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getValue() {
            return value;
        }

        public void setValue(String value) {
            this.value = value;
        }
    }

    /** One row of the variants table. */
    public static class VariantRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String label;
        private BigDecimal priceOverride;
        private Integer weightGrams;

        public VariantRow() {
        }

        VariantRow(VariantForm form) {
            this.code = form.code();
            this.label = form.label();
            this.priceOverride = form.priceOverride();
            this.weightGrams = form.weightGrams();
        }

        boolean isEmpty() {
            return isBlank(code) && isBlank(label) && priceOverride == null && weightGrams == null;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public BigDecimal getPriceOverride() {
            return priceOverride;
        }

        public void setPriceOverride(BigDecimal priceOverride) {
            this.priceOverride = priceOverride;
        }

        public Integer getWeightGrams() {
            return weightGrams;
        }

        public void setWeightGrams(Integer weightGrams) {
            this.weightGrams = weightGrams;
        }
    }
}
