package shop.agora.web.common.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Validates a command record (such as {@code NewAccount}) before it goes to a service, and shows each violation
 * next to the input it is about: property {@code email} of form {@code register} is input {@code register:email}.
 * The constraints and their messages live on the record, so the page and the service agree on them.
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
     * @param inputIds input ids that differ from property names, e.g. {@code displayName -> name}
     * @return whether the command is valid
     */
    public boolean isValid(Object command, String formId, Map<String, String> inputIds) {
        Set<ConstraintViolation<Object>> violations = validator.validate(command);
        if (violations.isEmpty()) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Set<String> reported = new HashSet<>();
        violations.stream().sorted(EMPTY_FIRST).forEach(violation -> {
            String property = firstPropertyName(violation.getPropertyPath());
            if (property == null) {
                Messages.error(violation.getMessage());
                return;
            }
            String clientId = formId + ":" + inputIds.getOrDefault(property, property);
            if (reported.add(clientId)) {
                Messages.errorOn(clientId, violation.getMessage());
                markInvalid(faces, clientId);
            }
        });
        faces.validationFailed();
        return false;
    }

    private static String firstPropertyName(Path path) {
        Iterator<Path.Node> nodes = path.iterator();
        return nodes.hasNext() ? nodes.next().getName() : null;
    }

    private static boolean isAboutEmptiness(ConstraintViolation<?> violation) {
        Class<?> type = violation.getConstraintDescriptor().getAnnotation().annotationType();
        return type == NotBlank.class || type == NotNull.class || type == NotEmpty.class;
    }

    private static void markInvalid(FacesContext faces, String clientId) {
        UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
        if (component instanceof UIInput input) {
            input.setValid(false);
        }
    }
}
