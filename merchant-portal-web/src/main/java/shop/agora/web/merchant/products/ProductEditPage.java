package shop.agora.web.merchant.products;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.ProductEdit;
import shop.agora.core.catalog.ProductForm;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.catalog.entity.ProductStatus;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code products/edit.xhtml}: a new product ({@code ?id} absent) or one of the merchant's products,
 * its status and its pictures. View scoped: the rows being edited and the version the form was loaded at (which
 * guards against overwriting a colleague's save) live as long as the page.
 */
@Named
@ViewScoped
public class ProductEditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUT_IDS = Map.of("categoryIds", "categories");
    private static final Set<String> TABLES = Set.of("attributes", "variants");

    @Inject
    ProductManagement products;

    @Inject
    CatalogService catalog;

    @Inject
    FormValidation validation;

    private String idParam;
    private Long id;
    private long version;
    private ProductStatus status;
    private String savedName;
    private List<Long> imageIds = List.of();
    private List<CategoryChoice> categories = List.of();
    private ProductFormState form;

    /** On opening the page: the product asked for, or an empty form; "not found" for anything else. */
    public void load() {
        categories = CategoryChoice.of(catalog.categoryTree());
        if (idParam == null || idParam.isBlank()) {
            form = ProductFormState.blank(Messages.app("product.variants.defaultLabel"));
            return;
        }
        try {
            show(products.product(Long.parseLong(idParam.strip())));
        } catch (NumberFormatException | DomainException notTheirs) {
            respondNotFound();
        }
    }

    /** Saves; a new product then opens as itself, so that its pictures can be added. */
    public String save() {
        if (!saveChanges()) {
            return null;
        }
        Messages.info(Messages.app("product.saved"));
        if (idParam == null || idParam.isBlank()) {
            Messages.keepForRedirect();
            return "/products/edit?faces-redirect=true&id=" + id;
        }
        return null;
    }

    public void publish() {
        changeStatus(products::publish, "product.published");
    }

    public void archive() {
        changeStatus(products::archive, "product.archived");
    }

    public void returnToDraft() {
        changeStatus(products::returnToDraft, "product.drafted");
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try {
            products.addImage(id, file.getFileName(), file.getContent());
            refreshPictures();
            Messages.info(Messages.app("product.pictures.added", file.getFileName()));
        } catch (DomainException refused) {
            Messages.error(refused.getMessage());
        }
    }

    public void removeImage(long imageId) {
        try {
            products.removeImage(id, imageId);
            refreshPictures();
            Messages.info(Messages.app("product.pictures.removed"));
        } catch (DomainException refused) {
            Messages.error(refused.getMessage());
        }
    }

    /** The status buttons act on what the merchant sees: unsaved changes are saved first. */
    private void changeStatus(LongConsumer change, String doneKey) {
        if (!saveChanges()) {
            return;
        }
        try {
            change.accept(id);
            show(products.product(id));
            Messages.info(Messages.app(doneKey, savedName));
        } catch (DomainException refused) {
            Messages.info(Messages.app("product.saved")); // the changes were, the status change was not
            Messages.error(refused.getMessage());
        }
    }

    private boolean saveChanges() {
        ProductForm command = form.toForm();
        if (!validation.isValid(command, "product", INPUT_IDS, TABLES)) {
            return false;
        }
        try {
            if (id == null) {
                id = products.create(command);
            } else {
                products.update(id, version, command);
            }
            show(products.product(id));
            return true;
        } catch (DomainException refused) {
            Messages.error(refused.getMessage());
            return false;
        }
    }

    private void show(ProductEdit product) {
        id = product.id();
        version = product.version();
        status = product.status();
        savedName = product.form().name();
        imageIds = product.imageIds();
        form = ProductFormState.of(product.form());
    }

    /**
     * Pictures change the product row too: take the version they leave, or the next save would be refused as if a
     * colleague had saved in between. The form's unsaved changes stay.
     */
    private void refreshPictures() {
        ProductEdit product = products.product(id);
        version = product.version();
        imageIds = product.imageIds();
    }

    private static void respondNotFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        try {
            external.responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** "EUR – Euro"; just the code for one Java does not know. */
    public String currencyLabel(String code) {
        try {
            return code + " – " + Currency.getInstance(code).getDisplayName(Locale.ENGLISH);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    public String pictureAlt(int index) {
        return Messages.app("product.pictures.alt", index + 1, savedName);
    }

    public boolean isSaved() {
        return id != null;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public Long getId() {
        return id;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public String getSavedName() {
        return savedName;
    }

    public List<Long> getImageIds() {
        return imageIds;
    }

    public List<CategoryChoice> getCategories() {
        return categories;
    }

    public ProductFormState getForm() {
        return form;
    }
}
