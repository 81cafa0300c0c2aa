package shop.agora.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import shop.agora.core.catalog.CategoryNode;

/** A category as the parent pickers show it: with the names of its parents, "Electronics › Laptops". */
public record CategoryChoice(long id, String label) implements Serializable {

    static final String SEPARATOR = " › ";

    /** The tree, parents before their children, in the order admins arranged it; without {@code skippedId}'s branch. */
    static List<CategoryChoice> of(List<CategoryNode> tree, Long skippedId) {
        List<CategoryChoice> choices = new ArrayList<>();
        add(tree, "", skippedId, choices);
        return choices;
    }

    private static void add(List<CategoryNode> nodes, String prefix, Long skippedId, List<CategoryChoice> choices) {
        for (CategoryNode node : nodes) {
            if (skippedId != null && node.id() == skippedId) {
                continue;
            }
            String label = prefix + node.name();
            choices.add(new CategoryChoice(node.id(), label));
            add(node.children(), label + SEPARATOR, skippedId, choices);
        }
    }
}
