package shop.agora.core.shipping;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import shop.agora.core.shipping.control.ShippingTables;

/**
 * Shipping cost from the rate table admins keep: the destination country picks the zone (a zone that lists the
 * country, else the "*" zone), each of the zone's methods prices the parcel by weight, and a method's free-shipping
 * threshold makes it free from that subtotal on. The table and the tax rates are read through
 * {@link ShippingTables} (cached until an admin changes them).
 */
@Stateless
@PermitAll
public class ShippingCalculation {

    @PersistenceContext
    EntityManager em;

    @Inject
    ShippingTables tables;

    /** The methods that can ship this parcel to the country, cheapest first; empty when none can. */
    public List<ShippingOption> options(@NotNull String country, int weightGrams, @NotNull BigDecimal subtotal) {
        String wanted = country.strip().toUpperCase(Locale.ROOT);
        Optional<ShippingTables.Zone> zone = tables.tables(this::load).zoneOf(wanted);
        if (zone.isEmpty()) {
            return List.of();
        }
        List<ShippingOption> options = new ArrayList<>();
        for (ShippingTables.Method m : zone.get().methods()) {
            new RateTable(m.bands(), m.freeOver()).price(weightGrams, subtotal)
                    .ifPresent(p -> options.add(new ShippingOption(m.id(), m.code(), m.name(), m.deliveryDays(), p,
                            p.signum() == 0, m.freeOver())));
        }
        options.sort(Comparator.comparing(ShippingOption::price));
        return options;
    }

    /** The tax rate of the destination country (0 where none is configured). */
    public BigDecimal taxRate(@NotNull String country) {
        return tables.tables(this::load).taxRates().getOrDefault(country.strip().toUpperCase(Locale.ROOT),
                BigDecimal.ZERO);
    }

    /** The whole rate table (zones by id, their methods in the admins' order, bands by weight) and the tax rates. */
    private ShippingTables.Tables load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select z.id, z.countries, m.id, m.code, m.name, m.delivery_days, "
                + "m.free_over_amount, r.up_to_grams, r.price from shipping_zone z "
                + "left join shipping_method m on m.zone_id = z.id left join shipping_rate r on r.method_id = m.id "
                + "order by z.id, m.position, m.id, r.up_to_grams").getResultList();
        Map<Long, String> zones = new LinkedHashMap<>();
        Map<Long, Map<Long, Object[]>> methods = new HashMap<>();
        Map<Long, List<RateTable.Band>> bands = new HashMap<>();
        for (Object[] r : rows) {
            long zone = ((Number) r[0]).longValue();
            zones.putIfAbsent(zone, (String) r[1]);
            Map<Long, Object[]> ofZone = methods.computeIfAbsent(zone, k -> new LinkedHashMap<>());
            if (r[2] != null) {
                long method = ((Number) r[2]).longValue();
                ofZone.putIfAbsent(method, r);
                List<RateTable.Band> ofMethod = bands.computeIfAbsent(method, k -> new ArrayList<>());
                if (r[7] != null) {
                    ofMethod.add(new RateTable.Band(((Number) r[7]).intValue(), (BigDecimal) r[8]));
                }
            }
        }
        List<ShippingTables.Zone> table = new ArrayList<>();
        zones.forEach((id, countries) -> table.add(new ShippingTables.Zone(id, countries, methods.get(id).values()
                .stream().map(m -> new ShippingTables.Method(((Number) m[2]).longValue(), (String) m[3],
                        (String) m[4], (String) m[5], (BigDecimal) m[6], bands.get(((Number) m[2]).longValue())))
                .toList())));
        @SuppressWarnings("unchecked")
        List<Object[]> taxes = em.createNativeQuery("select country, rate from tax_rate").getResultList();
        Map<String, BigDecimal> rates = new HashMap<>();
        taxes.forEach(t -> rates.put(((String) t[0]).strip(), (BigDecimal) t[1]));
        return new ShippingTables.Tables(table, rates);
    }
}
