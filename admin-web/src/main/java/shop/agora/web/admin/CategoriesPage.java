package shop.agora.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.NodeSelectEvent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.CategoryAdmin;
import shop.agora.core.catalog.CategoryNode;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code categories.xhtml}: the category tree, a form to add a category, and forms to rename, move
 * and delete the category chosen in the tree. View scoped: the choice in the tree lasts while the page is open.
 */
@Named
@ViewScoped
public class CategoriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The move form's value for "to the top level" (any other value is a category id). */
    public static final String TOP_LEVEL = "top";

    @Inject
    CatalogService catalog;

    @Inject
    CategoryAdmin admin;

    @Inject
    FormValidation validation;

    private List<CategoryNode> categories;
    private TreeNode<CategoryNode> root;
    private TreeNode<CategoryNode> selectedNode;
    private CategoryNode selected;

    private String name;
    private Long parentId;
    private String newName;
    private String moveTarget;

    @PostConstruct
    void init() {
        reload();
    }

    public void select(NodeSelectEvent event) {
        choose((CategoryNode) event.getTreeNode().getData());
    }

    public void unselect() {
        selectedNode = null;
        choose(null);
    }

    public void create() {
        CategoryName form = new CategoryName(name);
        if (!validation.isValid(form, "category")) {
            return;
        }
        act(() -> {
            admin.create(parentId, form.name());
            Messages.info(Messages.app("categories.created", form.name()));
            name = null;
        });
    }

    public void rename() {
        CategoryName form = new CategoryName(newName);
        if (selected == null || !validation.isValid(form, "rename")) {
            return;
        }
        act(() -> {
            admin.rename(selected.id(), form.name());
            Messages.info(Messages.app("categories.renamed", selected.name(), form.name()));
        });
    }

    public void move() {
        if (selected == null) {
            return;
        }
        if (moveTarget == null || moveTarget.isBlank()) {
            Messages.errorOn("move:parent", Messages.app("categories.move.chooseFirst"));
            return;
        }
        Long parent = TOP_LEVEL.equals(moveTarget) ? null : Long.valueOf(moveTarget);
        act(() -> {
            admin.move(selected.id(), parent);
            Messages.info(Messages.app("categories.moved", selected.name()));
        });
    }

    public void delete() {
        if (selected == null) {
            return;
        }
        act(() -> {
            admin.delete(selected.id());
            Messages.info(Messages.app("categories.deleted", selected.name()));
        });
    }

    /** Runs a change and shows the tree as it is now; a refusal becomes a message and changes nothing. */
    private void act(Runnable change) {
        try {
            change.run();
        } catch (DomainException refused) {
            Messages.error(refused.getMessage());
        }
        reload();
    }

    private void reload() {
        categories = catalog.categoryTree();
        root = new DefaultTreeNode<>();
        selectedNode = null;
        CategoryNode stillThere = add(categories, root, selected == null ? -1 : selected.id());
        choose(stillThere);
        if (parentId != null && getParents().stream().noneMatch(c -> c.id() == parentId)) {
            parentId = null; // deleted meanwhile
        }
    }

    /** Adds the nodes to the tree, all expanded; returns the one with {@code selectedId} (selected), if any. */
    private CategoryNode add(List<CategoryNode> nodes, TreeNode<CategoryNode> parent, long selectedId) {
        CategoryNode found = null;
        for (CategoryNode node : nodes) {
            TreeNode<CategoryNode> treeNode = new DefaultTreeNode<>(node, parent);
            treeNode.setExpanded(true);
            if (node.id() == selectedId) {
                treeNode.setSelected(true);
                selectedNode = treeNode;
                found = node;
            }
            CategoryNode below = add(node.children(), treeNode, selectedId);
            found = found == null ? below : found;
        }
        return found;
    }

    private void choose(CategoryNode category) {
        if (selected == null || category == null || selected.id() != category.id()) {
            moveTarget = null;
        }
        selected = category;
        newName = category == null ? null : category.name();
    }

    /** Where a new category can go: anywhere. */
    public List<CategoryChoice> getParents() {
        return CategoryChoice.of(categories, null);
    }

    /** Where the chosen category can move: anywhere but into itself or below itself. */
    public List<CategoryChoice> getMoveTargets() {
        return CategoryChoice.of(categories, selected == null ? null : selected.id());
    }

    /** The chosen category with its parents, "Electronics › Laptops". */
    public String getSelectedPath() {
        return selected == null ? null : getParents().stream().filter(c -> c.id() == selected.id())
                .map(CategoryChoice::label).findFirst().orElse(selected.name());
    }

    public String getDeleteQuestion() {
        return selected == null ? "" : Messages.app("categories.delete.question", selected.name());
    }

    public TreeNode<CategoryNode> getRoot() {
        return root;
    }

    public TreeNode<CategoryNode> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<CategoryNode> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public CategoryNode getSelected() {
        return selected;
    }

    public String getTopLevel() {
        return TOP_LEVEL;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getMoveTarget() {
        return moveTarget;
    }

    public void setMoveTarget(String moveTarget) {
        this.moveTarget = moveTarget;
    }
}
