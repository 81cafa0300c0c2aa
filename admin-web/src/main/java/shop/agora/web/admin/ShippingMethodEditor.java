package shop.agora.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import shop.agora.core.shipping.ShippingMethodForm;
import shop.agora.core.shipping.ShippingZoneView;

/**
 * One shipping method of {@code shipping.xhtml} as the admin edits it, with weight bands that can be added and
 * removed; it becomes a {@link ShippingMethodForm} to validate and save. Row {@code i} of the bands table is
 * element {@code i} of the form's list, so a violation of {@code bands[i].price} belongs to the input of row
 * {@code i}.
 */
public class ShippingMethodEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String zoneCode;
    private final String code;
    private final List<Band> bands = new ArrayList<>();
    private String savedName;
    private String name;
    private String deliveryDays;
    private BigDecimal freeOver;

    ShippingMethodEditor(String zoneCode, ShippingZoneView.Method method) {
        this.id = method.id();
        this.zoneCode = zoneCode;
        this.code = method.code();
        show(method);
    }

    /** Shows the method as saved, dropping what was typed. */
    void show(ShippingZoneView.Method method) {
        savedName = method.name();
        name = method.name();
        deliveryDays = method.deliveryDays();
        freeOver = method.freeOver();
        bands.clear();
        method.rates().forEach(rate -> bands.add(new Band(rate.upToGrams(), rate.price())));
    }

    /** The form to save. Bands left completely empty are dropped first (from the page too). */
    ShippingMethodForm toForm() {
        bands.removeIf(Band::isEmpty);
        return new ShippingMethodForm(strip(name), strip(deliveryDays), freeOver,
                bands.stream().map(band -> new ShippingMethodForm.Band(band.upToGrams, band.price)).toList());
    }

    public void addBand() {
        bands.add(new Band(null, null));
    }

    public void removeBand(Band band) {
        bands.remove(band);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getFormId() {
        return "method-form-" + ShippingZoneEditor.idPart(zoneCode) + "-" + ShippingZoneEditor.idPart(code);
    }

    public long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public List<Band> getBands() {
        return bands;
    }

    /** The name as saved (the form's title), whatever is typed meanwhile. */
    public String getSavedName() {
        return savedName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDeliveryDays() {
        return deliveryDays;
    }

    public void setDeliveryDays(String deliveryDays) {
        this.deliveryDays = deliveryDays;
    }

    public BigDecimal getFreeOver() {
        return freeOver;
    }

    public void setFreeOver(BigDecimal freeOver) {
        this.freeOver = freeOver;
    }

    /** One weight band: up to this many grams (inclusive) costs this price. Told apart by identity. */
    public static class Band implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer upToGrams;
        private BigDecimal price;

        Band(Integer upToGrams, BigDecimal price) {
            this.upToGrams = upToGrams;
            this.price = price;
        }

        boolean isEmpty() {
            return upToGrams == null && price == null;
        }

        public Integer getUpToGrams() {
            return upToGrams;
        }

        public void setUpToGrams(Integer upToGrams) {
            this.upToGrams = upToGrams;
        }

        public BigDecimal getPrice() {
            return price;
        }

        public void setPrice(BigDecimal price) {
            this.price = price;
        }
    }
}
