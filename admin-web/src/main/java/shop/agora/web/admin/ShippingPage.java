package shop.agora.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shop.agora.core.shipping.ShippingAdmin;
import shop.agora.core.shipping.ShippingMethodForm;
import shop.agora.core.shipping.ShippingZoneView;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code shipping.xhtml}, the shipping rate table: per zone a form for its name and countries
 * ({@link ShippingZoneEditor}), per shipping method one for its name, delivery time, free-shipping threshold and
 * weight bands ({@link ShippingMethodEditor}). View scoped: bands added on the page live until they are saved.
 * Each form is saved on its own; a save refreshes only that form, so what is typed in the others stays.
 */
@Named
@ViewScoped
public class ShippingPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> METHOD_INPUT_IDS = Map.of("name", "method-name",
            "deliveryDays", "method-days", "freeOver", "method-free-over");
    private static final Set<String> TABLES = Set.of("bands");

    @Inject
    ShippingAdmin service;

    @Inject
    FormValidation validation;

    private List<ShippingZoneEditor> zones;

    public List<ShippingZoneEditor> getZones() {
        if (zones == null) {
            zones = service.zones().stream().map(ShippingZoneEditor::new).toList();
        }
        return zones;
    }

    /** Renames the zone and sets its countries; the service refuses unknown codes and countries of other zones. */
    public void saveZone(ShippingZoneEditor zone) {
        String name = zone.getName() == null ? "" : zone.getName().strip();
        String countries = zone.getCountries() == null ? "" : zone.getCountries().strip();
        if (Refusals.run(() -> service.updateZone(zone.getId(), name, countries))) {
            saved(zone.getId()).ifPresent(zone::show);
            Messages.info(Messages.app("shipping.zone.saved", zone.getSavedName()));
        }
    }

    /** Saves the method with all its bands (they replace the saved ones). */
    public void saveMethod(ShippingZoneEditor zone, ShippingMethodEditor method) {
        ShippingMethodForm form = method.toForm();
        if (!validation.isValid(form, method.getFormId(), METHOD_INPUT_IDS, TABLES)) {
            return;
        }
        if (Refusals.run(() -> service.updateMethod(method.getId(), form))) {
            saved(zone.getId()).flatMap(saved -> saved.methods().stream()
                    .filter(m -> m.id() == method.getId()).findFirst()).ifPresent(method::show);
            Messages.info(Messages.app("shipping.method.saved", method.getSavedName(), zone.getSavedName()));
        }
    }

    /** The zone as it is saved now. */
    private Optional<ShippingZoneView> saved(long zoneId) {
        return service.zones().stream().filter(z -> z.id() == zoneId).findFirst();
    }
}
