package shop.agora.core.accounts.entity;

/** What an account may do; each web application admits exactly one of the first three. */
public enum Role {
    CUSTOMER,
    MERCHANT,
    ADMIN,
    /** The platform itself, acting on an event (message-driven beans run as SYSTEM); nobody signs in with it. */
    SYSTEM;

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CUSTOMER = "CUSTOMER";
        public static final String MERCHANT = "MERCHANT";
        public static final String ADMIN = "ADMIN";
        public static final String SYSTEM = "SYSTEM";

        private Names() {
        }
    }
}
