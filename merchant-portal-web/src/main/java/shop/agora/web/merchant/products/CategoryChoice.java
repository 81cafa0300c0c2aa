package shop.agora.web.merchant.products;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import shop.agora.core.catalog.CategoryNode;

/** A category as pickers show it: with the names of its parents, "Electronics › Laptops". */
public record CategoryChoice(long id, String label, String slug) implements Serializable {

    static final String SEPARATOR = " › ";

    /** The whole tree, parents before their children, in the order admins arranged it. */
    public static List<CategoryChoice> of(List<CategoryNode> tree) {
        List<CategoryChoice> choices = new ArrayList<>();
        add(tree, "", choices);
        return choices;
    }

    private static void add(List<CategoryNode> nodes, String prefix, List<CategoryChoice> choices) {
        for (CategoryNode node : nodes) {
            String label = prefix + node.name();
            choices.add(new CategoryChoice(node.id(), label, node.slug()));
            add(node.children(), label + SEPARATOR, choices);
        }
    }
}
