package shop.agora.core.catalog.entity;

/** Draft: only the merchant sees it. Active: for sale in the storefront. Archived: withdrawn, kept for history. */
public enum ProductStatus {
    DRAFT,
    ACTIVE,
    ARCHIVED
}
