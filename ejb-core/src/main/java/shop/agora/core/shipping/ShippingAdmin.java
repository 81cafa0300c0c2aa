package shop.agora.core.shipping;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shipping.control.ShippingTables;

/**
 * The shipping rate table and the tax rates, which admins keep; checkout reads them on every quote, through
 * {@link ShippingTables}, which forgets them when a change here commits.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ShippingAdmin {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShippingTables tables;

    public List<ShippingZoneView> zones() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select z.id, z.code, z.name, z.countries, m.id, m.code, m.name, "
                + "m.delivery_days, m.free_over_amount, r.up_to_grams, r.price from shipping_zone z "
                + "left join shipping_method m on m.zone_id = z.id left join shipping_rate r on r.method_id = m.id "
                + "order by z.id, m.position, m.id, r.up_to_grams").getResultList();
        Map<Long, Object[]> zones = new LinkedHashMap<>();
        Map<Long, Map<Long, Object[]>> methods = new LinkedHashMap<>();
        Map<Long, List<ShippingZoneView.Rate>> rates = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long zone = ((Number) r[0]).longValue();
            zones.putIfAbsent(zone, r);
            methods.computeIfAbsent(zone, k -> new LinkedHashMap<>());
            if (r[4] != null) {
                long method = ((Number) r[4]).longValue();
                methods.get(zone).putIfAbsent(method, r);
                List<ShippingZoneView.Rate> bands = rates.computeIfAbsent(method, k -> new ArrayList<>());
                if (r[9] != null) {
                    bands.add(new ShippingZoneView.Rate(((Number) r[9]).intValue(), (BigDecimal) r[10]));
                }
            }
        }
        List<ShippingZoneView> views = new ArrayList<>();
        zones.forEach((id, z) -> views.add(new ShippingZoneView(id, (String) z[1], (String) z[2], (String) z[3],
                methods.get(id).entrySet().stream().map(e -> new ShippingZoneView.Method(e.getKey(),
                        (String) e.getValue()[5], (String) e.getValue()[6], (String) e.getValue()[7],
                        (BigDecimal) e.getValue()[8], List.copyOf(rates.get(e.getKey())))).toList())));
        return views;
    }

    /** Renames a zone and sets its countries (two-letter codes separated by commas, or * for the rest). */
    public void updateZone(long zoneId, @NotNull String name, @NotNull String countries) {
        if (name.isBlank() || name.strip().length() > 100) {
            throw new DomainException("A zone needs a name of at most 100 characters.");
        }
        List<String> codes = new ArrayList<>();
        for (String code : countries.split("[,\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            if (!code.equals("*") && !code.matches("[A-Za-z]{2}")) {
                throw new DomainException("\"" + code + "\" is not a two-letter country code (or * for the rest of "
                        + "the world).");
            }
            codes.add(code.toUpperCase(Locale.ROOT));
        }
        if (codes.isEmpty()) {
            throw new DomainException("A zone needs at least one country.");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> others = em.createNativeQuery("select name, countries from shipping_zone where id <> ?")
                .setParameter(1, zoneId).getResultList();
        for (Object[] other : others) {
            for (String code : codes) {
                if (RateTable.covers((String) other[1], code)) {
                    throw new DomainException(code + " is already in the zone " + other[0] + ".");
                }
            }
        }
        if (em.createNativeQuery("update shipping_zone set name = ?, countries = ? where id = ?")
                .setParameter(1, name.strip()).setParameter(2, String.join(",", codes)).setParameter(3, zoneId)
                .executeUpdate() == 0) {
            throw new DomainException("There is no such zone.");
        }
        tables.changedAfterCommit();
    }

    /** Sets a method's name, delivery time, free-shipping threshold and weight bands (all bands are replaced). */
    public void updateMethod(long methodId, @NotNull @Valid ShippingMethodForm form) {
        Set<Integer> limits = new HashSet<>();
        for (ShippingMethodForm.Band band : form.bands()) {
            if (!limits.add(band.upToGrams())) {
                throw new DomainException("Two weight bands end at " + band.upToGrams() + " g; each limit once.");
            }
        }
        if (em.createNativeQuery("update shipping_method set name = ?, delivery_days = ?, free_over_amount = ? "
                        + "where id = ?")
                .setParameter(1, form.name().strip()).setParameter(2, form.deliveryDays().strip())
                .setParameter(3, form.freeOver()).setParameter(4, methodId).executeUpdate() == 0) {
            throw new DomainException("There is no such shipping method.");
        }
        em.createNativeQuery("delete from shipping_rate where method_id = ?").setParameter(1, methodId)
                .executeUpdate();
        for (ShippingMethodForm.Band band : form.bands()) {
            em.createNativeQuery("insert into shipping_rate (method_id, up_to_grams, price) values (?, ?, ?)")
                    .setParameter(1, methodId).setParameter(2, band.upToGrams())
                    .setParameter(3, band.price().setScale(2, RoundingMode.HALF_UP)).executeUpdate();
        }
        tables.changedAfterCommit();
    }

    public List<TaxRateView> taxRates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select country, name, rate from tax_rate order by country")
                .getResultList();
        return rows.stream().map(r -> new TaxRateView(((String) r[0]).strip(), (String) r[1],
                ((BigDecimal) r[2]).movePointRight(2).setScale(2, RoundingMode.HALF_UP))).toList();
    }

    /** Adds or changes a country's rate. */
    public void saveTaxRate(@NotNull @Valid TaxRateForm form) {
        em.createNativeQuery("insert into tax_rate (country, name, rate) values (?, ?, ?) on conflict (country) do "
                        + "update set name = excluded.name, rate = excluded.rate")
                .setParameter(1, form.country().toUpperCase(Locale.ROOT)).setParameter(2, form.name().strip())
                .setParameter(3, form.percent().movePointLeft(2)).executeUpdate();
        tables.changedAfterCommit();
    }

    /** Removes a country's rate: orders to it are then not taxed. */
    public void removeTaxRate(@NotNull String country) {
        em.createNativeQuery("delete from tax_rate where country = ?")
                .setParameter(1, country.strip().toUpperCase(Locale.ROOT)).executeUpdate();
        tables.changedAfterCommit();
    }
}
