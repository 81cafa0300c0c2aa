package shop.agora.web.common.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validates a command record (such as {@code NewAccount}) before it goes to a service, and shows each violation
 * next to the input it is about: property {@code email} of form {@code register} is input {@code register:email}.
 * In forms with tables of rows, a violation of {@code variants[2].code} belongs to input {@code code} in row 2 of
 * table {@code variants} ({@code product:variants:2:code}). What belongs to no input (such as "at most 200
 * variants") becomes a global message. The constraints and their messages live on the record, so the page and the
 * service agree on them. A form with {@code prependId="false"} gives its inputs ids of their own: pass a null form id,
 * and property {@code email} is input {@code email} (or the id {@code inputIds} gives it).
 */
@ApplicationScoped
public class FormValidation {

    /** "Please enter..." says more than "at least 10 characters" about an empty field: it goes first. */
    private static final Comparator<ConstraintViolation<?>> EMPTY_FIRST = Comparator
            .comparing((ConstraintViolation<?> violation) -> isAboutEmptiness(violation) ? 0 : 1)
            .thenComparing(ConstraintViolation::getMessage);

    @Inject
    Validator validator;

    /** Same as {@link #isValid(Object, String, Map)} when every input id is its property name. */
    public boolean isValid(Object command, String formId) {
        return isValid(command, formId, Map.of());
    }

    /**
     * Validates the command and adds one message per invalid input (the most helpful one), marking the input
     * invalid so it is shown as such.
     *
     * @param formId the form's id; null (or empty) for a form with {@code prependId="false"}
     * @param inputIds input ids that differ from property names, e.g. {@code displayName -> name}
     * @return whether the command is valid
     */
    public boolean isValid(Object command, String formId, Map<String, String> inputIds) {
        return isValid(command, formId, inputIds, Set.of());
    }

    /**
     * Like {@link #isValid(Object, String, Map)} for a form whose list properties {@code tables} are shown as
     * tables, their rows' inputs named after the rows' properties.
     */
    public boolean isValid(Object command, String formId, Map<String, String> inputIds, Set<String> tables) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<String> reported = new HashSet<>();
        violations.stream().sorted(EMPTY_FIRST).forEach(violation -> {
            String clientId = clientId(violation.getPropertyPath(), formId, inputIds, tables);
            if (clientId == null) {
                if (reported.add(violation.getMessage())) {
                    Messages.error(violation.getMessage());
                }
            } else if (reported.add(clientId)) {
                Messages.errorOn(clientId, violation.getMessage());
                markInvalid(faces, clientId);
            }
        });
        faces.validationFailed();
        return false;
    }

    /** The client id of the input a violation is about, or null when it is about no single input. */
    public static String clientId(Path path, String formId, Map<String, String> inputIds, Set<String> tables) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        if (nodes.isEmpty() || nodes.get(0).getName() == null) {
            return null;
        }
        String property = nodes.get(0).getName();
        String prefix = formId == null || formId.isEmpty() ? "" : formId + ":";
        if (nodes.size() == 1) {
            return tables.contains(property) ? null : prefix + inputIds.getOrDefault(property, property);
        }
        Path.Node row = nodes.get(1);
        if (nodes.size() == 2 && tables.contains(property) && row.getIndex() != null && row.getName() != null) {
            return prefix + property + ":" + row.getIndex() + ":" + row.getName();
        }
        return null;
    }

    private static boolean isAboutEmptiness(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == NotBlank.class || type == NotNull.class || type == NotEmpty.class;
    }

    /** Marks the input invalid; also finds an input in a table row, which findComponent cannot. */
    private static void markInvalid(FacesContext faces, String clientId) {
        faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
            if (component instanceof UIInput input) {
                input.setValid(false);
            }
        });
    }
}
