package shop.agora.core.catalog;

import java.io.Serializable;

/** A category to link to: its name and slug. */
public record CategoryLink(long id, String name, String slug) implements Serializable {
}
