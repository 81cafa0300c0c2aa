package shop.agora.web.common.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages for the person using the page, and the texts they are made of. Global messages appear in the layout's
 * {@code messages} component, messages for a client id next to that input.
 */
public final class Messages {

    /** The shared texts (web-common), known to pages as {@code #{common[...]}}. */
    public static final String COMMON_BUNDLE = "common";

    /** The application's own texts, known to pages as {@code #{text[...]}}. */
    public static final String APP_BUNDLE = "text";

    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    public static void info(String text) {
        add(null, FacesMessage.SEVERITY_INFO, text);
    }

    public static void error(String text) {
        add(null, FacesMessage.SEVERITY_ERROR, text);
    }

    /** An error shown next to the input with this client id (for example {@code register:email}). */
    public static void errorOn(String clientId, String text) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text);
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A shared text; {@code arguments} fill {@code {0}}, {@code {1}}... */
    public static String common(String key, Object... arguments) {
        return text(COMMON_BUNDLE, key, arguments);
    }

    /** A text of this application; {@code arguments} fill {@code {0}}, {@code {1}}... */
    public static String app(String key, Object... arguments) {
        return text(APP_BUNDLE, key, arguments);
    }

    private static String text(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : format(pattern, texts.getLocale(), arguments);
    }

    /**
     * A text's pattern with its arguments filled in. The pattern is parsed once per locale (headers format the cart's
     * label on every page); each use formats with a copy, as a MessageFormat is not safe for threads.
     */
    public static String format(String pattern, Locale locale, Object... arguments) {
        MessageFormat parsed = FORMATS.computeIfAbsent(locale.toLanguageTag() + '\n' + pattern,
                key -> new MessageFormat(pattern, locale));
        return ((MessageFormat) parsed.clone()).format(arguments);
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        // summary for p:messages, detail for p:message (each shows one of them by default)
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
