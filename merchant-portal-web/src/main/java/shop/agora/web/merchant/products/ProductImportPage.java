package shop.agora.web.merchant.products;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.catalog.ImportReport;
import shop.agora.core.catalog.ImportReport.LineError;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.catalog.control.ProductCsv;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code products/import.xhtml}: uploads a CSV file of products and shows what came of it, the
 * counts or every line to fix (the import is all or nothing). Also explains the format: columns, an example and the
 * category codes the file may use.
 */
@Named
@ViewScoped
public class ProductImportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProductManagement products;

    @Inject
    CatalogService catalog;

    private ImportReport report;
    private String fileName;
    private List<CategoryChoice> categories;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        try {
            report = products.importCsv(event.getFile().getContent());
        } catch (DomainException refused) {
            report = null;
            Messages.error(refused.getMessage());
            return;
        }
        if (report.succeeded()) {
            Messages.info(Messages.app("import.done", report.created(), report.updated()));
        } else {
            Messages.error(Messages.app("import.failed.message", report.errors().size()));
        }
    }

    /** The last upload's bad lines; none before an upload or after a good one. */
    public List<LineError> getErrors() {
        return report == null ? List.of() : report.errors();
    }

    public boolean isFailed() {
        return report != null && !report.succeeded();
    }

    public String getFileName() {
        return fileName;
    }

    /** The columns a file must have, in order (the first line names them). */
    public List<String> getColumns() {
        return ProductCsv.HEADER;
    }

    /** A small file: the header line and the example lines from the texts. */
    public String getExample() {
        return String.join(",", ProductCsv.HEADER) + "\n" + Messages.app("import.example.lines");
    }

    public List<CategoryChoice> getCategories() {
        if (categories == null) {
            categories = CategoryChoice.of(catalog.categoryTree());
        }
        return categories;
    }
}
