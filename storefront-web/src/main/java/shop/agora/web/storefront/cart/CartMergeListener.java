package shop.agora.web.storefront.cart;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * At the first page a customer sees after signing in, the cart they filled as a guest joins their stored cart (with a
 * message saying so). Runs after the view is restored, so that the page and its actions see the merged cart. Guests
 * and visitors without a session cost nothing here. Registered in faces-config.xml.
 */
public class CartMergeListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing before the view is there
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        ExternalContext external = event.getFacesContext().getExternalContext();
        if (external.getRemoteUser() == null || external.getSession(false) == null) {
            return;
        }
        // a listener made by Faces: the request's cart is looked up rather than injected
        CDI.current().select(ShopCart.class).get().mergeGuestCart();
    }
}
