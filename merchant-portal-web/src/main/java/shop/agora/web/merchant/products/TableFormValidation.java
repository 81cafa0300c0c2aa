package shop.agora.web.merchant.products;

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
import shop.agora.web.common.faces.Messages;

/**
 * Web-common's {@code FormValidation} for forms with tables of rows: a violation of {@code variants[2].code} is
 * shown next to input {@code code} in row 2 of table {@code variants}, client id {@code product:variants:2:code};
 * a violation of a top-level property next to the input of that name. What belongs to no input (such as "at most 200
 * variants") becomes a global message.
 */
@ApplicationScoped
public class TableFormValidation {

    /** "Please enter..." says more than "at most 64 characters" about an empty field: it goes first. */
    private static final Comparator<ConstraintViolation<?>> EMPTY_FIRST = Comparator
            .comparing((ConstraintViolation<?> violation) -> isAboutEmptiness(violation) ? 0 : 1)
            .thenComparing(ConstraintViolation::getMessage);

    @Inject
    Validator validator;

    /**
     * Validates the command and adds one message per invalid input (the most helpful one), marking the input invalid.
     *
     * @param inputIds input ids that differ from property names, e.g. {@code categoryIds -> categories}
     * @param tables   list properties shown as tables whose row inputs are named after the rows' properties
     * @return whether the command is valid
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
                // also finds an input in a table row, which findComponent cannot
                faces.getViewRoot().invokeOnComponent(faces, clientId, (context, component) -> {
                    if (component instanceof UIInput input) {
                        input.setValid(false);
                    }
                });
            }
        });
        faces.validationFailed();
        return false;
    }

    /** The client id of the input a violation is about, or null when it is about no single input. */
    static String clientId(Path path, String formId, Map<String, String> inputIds, Set<String> tables) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        if (nodes.isEmpty() || nodes.get(0).getName() == null) {
            return null;
        }
        String property = nodes.get(0).getName();
        if (nodes.size() == 1) {
            return tables.contains(property) ? null : formId + ":" + inputIds.getOrDefault(property, property);
        }
        Path.Node row = nodes.get(1);
        if (nodes.size() == 2 && tables.contains(property) && row.getIndex() != null && row.getName() != null) {
            return formId + ":" + property + ":" + row.getIndex() + ":" + row.getName();
        }
        return null;
    }

    private static boolean isAboutEmptiness(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == NotBlank.class || type == NotNull.class || type == NotEmpty.class;
    }
}
