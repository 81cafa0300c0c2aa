package shop.agora.core.catalog.entity;

import shop.agora.core.shared.Money;

/** What a merchant says about one variant: its code, its label ("M / blue"), an optional own price, its weight. */
public record VariantSpec(String code, String label, Money priceOverride, int weightGrams) {
}
