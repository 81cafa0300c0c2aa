package shop.agora.web.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import shop.agora.core.notification.EmailLog;
import shop.agora.core.notification.EmailView;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code emails.xhtml}: the emails the platform sent or failed to send, newest first, a page at a
 * time, of one status or both ({@code ?status=FAILED}) and matching a search. The filter applies when it is
 * submitted, not while it is being filled in, so paging keeps the list the person is looking at.
 */
@Named
@ViewScoped
public class EmailsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> STATUSES = List.of("SENT", "FAILED");

    @Inject
    EmailLog log;

    private final LazyDataModel<EmailView> rows = new Rows();
    private String status;
    private String search;

    /** The filter was submitted: show its first page. */
    public void apply(ActionEvent event) {
        if (event.getComponent().findComponent("emails-table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The kind of mail in words ("Order confirmation"), or the kind itself when there are no words for it. */
    public String kind(String kind) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return inWords(faces.getApplication().getResourceBundle(faces, Messages.APP_BUNDLE), kind);
    }

    static String inWords(ResourceBundle texts, String kind) {
        String key = "emails.kind." + kind;
        return kind != null && texts.containsKey(key) ? texts.getString(key) : kind;
    }

    /** SENT or FAILED, whatever the case and spacing; null (both) for anything else. */
    static String statusOf(String value) {
        String wanted = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        return STATUSES.contains(wanted) ? wanted : null;
    }

    /** Whether a filter is applied: an empty list then means nothing matches, not that nothing was sent. */
    public boolean isFiltered() {
        return status != null || search != null;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public LazyDataModel<EmailView> getRows() {
        return rows;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = statusOf(status);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null || search.isBlank() ? null : search.strip();
    }

    private final class Rows extends LazyDataModel<EmailView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) log.list(status, search, 0, 1).total();
        }

        @Override
        public List<EmailView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            EmailLog.Page page = log.list(status, search, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(EmailView email) {
            return String.valueOf(email.id());
        }

        @Override
        public EmailView getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    }
}
