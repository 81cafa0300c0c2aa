package shop.agora.core.catalog.control;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import shop.agora.core.catalog.ImportReport.LineError;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.catalog.ProductForm.VariantForm;
import shop.agora.core.catalog.entity.Category;
import shop.agora.core.catalog.entity.Product;
import shop.agora.core.catalog.entity.ProductStatus;
import shop.agora.core.catalog.entity.Sku;

/**
 * The merchant's product file: one line per variant, lines with the same {@code handle} (the product's URL slug)
 * form one product, whose own columns are read from its first line. Categories are slugs separated by "|".
 */
public final class ProductCsv {

    public static final List<String> HEADER = List.of("handle", "name", "description", "brand", "price", "currency",
            "status", "categories", "sku", "variant", "variant_price", "weight_grams");

    private ProductCsv() {
    }

    /** One product of the file, with the line it starts on. */
    public record Item(int line, String handle, ProductStatus status, ProductForm form, List<Integer> variantLines) {
    }

    public record Parsed(List<Item> items, List<LineError> errors) {
    }

    public static Parsed parse(String text, Map<String, Long> categoryIdsBySlug, Validator validator) {
        List<LineError> errors = new ArrayList<>();
        List<Csv.Row> rows;
        try {
            rows = Csv.parse(text);
        } catch (IllegalArgumentException e) {
            return new Parsed(List.of(), List.of(new LineError(1, e.getMessage())));
        }
        if (rows.isEmpty()) {
            return new Parsed(List.of(), List.of(new LineError(1, "The file is empty.")));
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            return new Parsed(List.of(), List.of(new LineError(1,
                    "The first line must name the columns: " + String.join(",", HEADER))));
        }
        Map<String, Builder> products = new LinkedHashMap<>();
        Set<String> codes = new HashSet<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            int line = row.line();
            if (row.fields().size() != HEADER.size()) {
                errors.add(new LineError(line, "Expected " + HEADER.size() + " columns but found "
                        + row.fields().size() + "."));
                continue;
            }
            Map<String, String> field = new LinkedHashMap<>();
            for (int i = 0; i < HEADER.size(); i++) {
                field.put(HEADER.get(i), row.fields().get(i).strip());
            }
            String handle = field.get("handle");
            if (!Slugs.isSlug(handle)) {
                errors.add(new LineError(line, "The handle \"" + handle + "\" must be lower-case letters, digits "
                        + "and dashes, for example \"merino-crew-sweater\"."));
                continue;
            }
            Builder product = products.get(handle);
            if (product == null) {
                product = new Builder(line, handle);
                products.put(handle, product);
                product.read(field, categoryIdsBySlug, errors);
            }
            String code = field.get("sku");
            if (!code.isEmpty() && !codes.add(code.toLowerCase(Locale.ROOT))) {
                errors.add(new LineError(line, "The SKU code \"" + code + "\" appears more than once in the file."));
            }
            product.variant(line, field, errors);
        }
        List<Item> items = new ArrayList<>();
        for (Builder product : products.values()) {
            ProductForm form = product.form();
            for (ConstraintViolation<ProductForm> violation : validator.validate(form)) {
                if (product.unreadable.contains(violation.getPropertyPath().toString())) {
                    continue; // already reported: the value could not be read
                }
                errors.add(new LineError(product.lineOf(violation.getPropertyPath().toString()),
                        violation.getMessage()));
            }
            items.add(new Item(product.line, product.handle, product.status, form, product.variantLines));
        }
        errors.sort(Comparator.comparingInt(LineError::line));
        return new Parsed(items, errors);
    }

    public static String export(List<Product> products) {
        List<List<String>> records = new ArrayList<>();
        records.add(HEADER);
        for (Product p : products) {
            String categories = String.join("|", p.categories().stream().map(Category::slug).sorted().toList());
            if (p.skus().isEmpty()) { // a draft without variants yet: one line without SKU columns
                records.add(List.of(p.slug(), p.name(), p.description(), p.brand() == null ? "" : p.brand(),
                        p.price().amount().toPlainString(), p.price().currency(),
                        p.status().name().toLowerCase(Locale.ROOT), categories, "", "", "", ""));
            }
            for (Sku sku : p.skus()) {
                records.add(List.of(p.slug(), p.name(), p.description(), p.brand() == null ? "" : p.brand(),
                        p.price().amount().toPlainString(), p.price().currency(),
                        p.status().name().toLowerCase(Locale.ROOT), categories, sku.code(), sku.label(),
                        sku.priceOverride() == null ? "" : sku.priceOverride().amount().toPlainString(),
                        String.valueOf(sku.weightGrams())));
            }
        }
        return Csv.format(records);
    }

    private static final class Builder {
        private final int line;
        private final String handle;
        private String name;
        private String description;
        private String brand;
        private BigDecimal price;
        private String currency;
        private ProductStatus status = ProductStatus.DRAFT;
        private final List<Long> categoryIds = new ArrayList<>();
        private final List<VariantForm> variants = new ArrayList<>();
        private final List<Integer> variantLines = new ArrayList<>();
        /** Property paths whose text could not be read (reported once, not again as "missing"). */
        private final Set<String> unreadable = new HashSet<>();

        Builder(int line, String handle) {
            this.line = line;
            this.handle = handle;
        }

        void read(Map<String, String> field, Map<String, Long> categoryIdsBySlug, List<LineError> errors) {
            name = field.get("name");
            description = field.get("description");
            brand = field.get("brand").isEmpty() ? null : field.get("brand");
            currency = field.get("currency").toUpperCase(Locale.ROOT);
            price = decimal(field.get("price"), "price", errors);
            if (price == null) {
                unreadable.add("price");
            }
            String statusText = field.get("status").isEmpty() ? "draft" : field.get("status");
            try {
                status = ProductStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new LineError(line, "The status \"" + statusText
                        + "\" must be draft, active or archived."));
            }
            for (String slug : field.get("categories").split("\\|")) {
                if (slug.isBlank()) {
                    continue;
                }
                Long id = categoryIdsBySlug.get(slug.strip());
                if (id == null) {
                    errors.add(new LineError(line, "There is no category \"" + slug.strip() + "\"."));
                } else {
                    categoryIds.add(id);
                }
            }
            if (status == ProductStatus.ACTIVE && categoryIds.isEmpty()) {
                errors.add(new LineError(line, "An active product needs at least one category."));
            }
        }

        void variant(int variantLine, Map<String, String> field, List<LineError> errors) {
            if (field.get("sku").isEmpty() && field.get("variant").isEmpty() && field.get("variant_price").isEmpty()
                    && field.get("weight_grams").isEmpty()) {
                return; // a product line without a variant (drafts may have none)
            }
            Integer weight = null;
            String weightText = field.get("weight_grams");
            try {
                weight = Integer.valueOf(weightText);
            } catch (NumberFormatException e) {
                errors.add(new LineError(variantLine, "The weight \"" + weightText
                        + "\" must be a whole number of grams."));
                unreadable.add("variants[" + variants.size() + "].weightGrams");
            }
            BigDecimal override = field.get("variant_price").isEmpty() ? null
                    : decimal(field.get("variant_price"), "variant_price", errors, variantLine);
            VariantForm variant = new VariantForm(field.get("sku"), field.get("variant").isEmpty() ? "Standard"
                    : field.get("variant"), override, weight);
            variants.add(variant);
            variantLines.add(variantLine);
        }

        /** The line of a violation: the variant's own line for "variants[2].code", else the product's first. */
        int lineOf(String propertyPath) {
            java.util.regex.Matcher variant = java.util.regex.Pattern.compile("^variants\\[(\\d+)]")
                    .matcher(propertyPath);
            if (variant.find()) {
                int index = Integer.parseInt(variant.group(1));
                if (index < variantLines.size()) {
                    return variantLines.get(index);
                }
            }
            return line;
        }

        ProductForm form() {
            return new ProductForm(name, description, brand, price, currency, categoryIds, List.of(), variants);
        }

        private BigDecimal decimal(String text, String column, List<LineError> errors) {
            if (text.isEmpty()) {
                return null; // Bean Validation says it is missing
            }
            return decimal(text, column, errors, line);
        }

        private static BigDecimal decimal(String text, String column, List<LineError> errors, int line) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                errors.add(new LineError(line, "The " + column + " \"" + text
                        + "\" is not a number (use a dot for decimals, e.g. 19.90)."));
                return null;
            }
        }
    }
}
