package shop.agora.core.catalog;

import java.io.Serializable;
import java.util.List;

/** A category with its subcategories, for navigation, pickers and the admin tree. */
public record CategoryNode(long id, String name, String slug, Long parentId, List<CategoryNode> children)
        implements Serializable {
}
