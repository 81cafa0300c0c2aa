package shop.agora.web.common.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.regex.Pattern;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;

/**
 * PrimeFaces' renderer of {@code <h:head>}, minus one thing: PrimeFaces copies the web.xml error pages into the
 * settings script of every page, keyed by exception class name ({@code jakarta.faces.application.ViewExpired...}).
 * Pages should not name server-side exceptions; errors in ajax requests still reach the error pages through the
 * exception handler on the server ({@link AjaxExceptionHandlerFactory}). Registered in web-common's faces-config.
 */
public class HeadRenderer extends org.primefaces.renderkit.HeadRenderer {

    private static final Pattern ERROR_PAGES = Pattern.compile(",errorPages:\\{[^}]*}");

    @Override
    protected void encodeSettingScripts(FacesContext context, PrimeRequestContext requestContext,
            PrimeConfiguration configuration, ResponseWriter writer) throws IOException {
        StringWriter script = new StringWriter();
        ResponseWriter buffer = writer.cloneWithWriter(script);
        super.encodeSettingScripts(context, requestContext, configuration, buffer);
        buffer.flush();
        writer.write(ERROR_PAGES.matcher(script.toString()).replaceFirst(""));
    }
}
