package shop.agora.web.storefront;

import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.ResourceBundle;
import shop.agora.web.common.faces.Messages;

/**
 * The storefront's texts ({@code #{text[...]}} on the pages) for code that also runs outside a Faces request (the
 * add-to-cart answer of {@link shop.agora.web.storefront.cart.AddToCartFilter}): through Faces when it is there,
 * else from the same bundle directly, in the shop's one language.
 */
public final class ShopTexts {

    /** The bundle faces-config.xml names as {@code text}. */
    static final String BUNDLE = "shop.agora.web.storefront.Texts";

    private ShopTexts() {
    }

    /** The text of this key; {@code arguments} fill {@code {0}}, {@code {1}}... */
    public static String get(String key, Object... arguments) {
        return FacesContext.getCurrentInstance() != null ? Messages.app(key, arguments) : fromBundle(key, arguments);
    }

    /** The text as the bundle has it, with its arguments filled in as Faces fills them. */
    static String fromBundle(String key, Object... arguments) {
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, ShopTexts.class.getClassLoader());
        String pattern = texts.getString(key);
        return arguments.length == 0 ? pattern : Messages.format(pattern, texts.getLocale(), arguments);
    }
}
