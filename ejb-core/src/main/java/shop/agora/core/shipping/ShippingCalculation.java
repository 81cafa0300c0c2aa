package shop.agora.core.shipping;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Shipping cost from the rate table admins keep: the destination country picks the zone (a zone that lists the
 * country, else the "*" zone), each of the zone's methods prices the parcel by weight, and a method's free-shipping
 * threshold makes it free from that subtotal on.
 */
@Stateless
@PermitAll
public class ShippingCalculation {

    @PersistenceContext
    EntityManager em;

    /** The methods that can ship this parcel to the country, cheapest first; empty when none can. */
    public List<ShippingOption> options(@NotNull String country, int weightGrams, @NotNull BigDecimal subtotal) {
        String wanted = country.strip().toUpperCase(Locale.ROOT);
        @SuppressWarnings("unchecked")
        List<Object[]> zones = em.createNativeQuery("select id, countries from shipping_zone order by id")
                .getResultList();
        Long zone = zones.stream().filter(z -> RateTable.covers((String) z[1], wanted)).findFirst()
                .or(() -> zones.stream().filter(z -> RateTable.covers((String) z[1], "*")).findFirst())
                .map(z -> ((Number) z[0]).longValue()).orElse(null);
        if (zone == null) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select m.id, m.code, m.name, m.delivery_days, m.free_over_amount, "
                        + "r.up_to_grams, r.price from shipping_method m join shipping_rate r on r.method_id = m.id "
                        + "where m.zone_id = ? order by m.position, m.id, r.up_to_grams")
                .setParameter(1, zone).getResultList();
        Map<Long, Object[]> methods = new LinkedHashMap<>();
        Map<Long, List<RateTable.Band>> bands = new LinkedHashMap<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            methods.putIfAbsent(id, r);
            bands.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new RateTable.Band(((Number) r[5]).intValue(), (BigDecimal) r[6]));
        }
        List<ShippingOption> options = new ArrayList<>();
        methods.forEach((id, m) -> {
            BigDecimal freeOver = (BigDecimal) m[4];
            Optional<BigDecimal> price = new RateTable(bands.get(id), freeOver).price(weightGrams, subtotal);
            price.ifPresent(p -> options.add(new ShippingOption(id, (String) m[1], (String) m[2], (String) m[3], p,
                    p.signum() == 0, freeOver)));
        });
        options.sort(java.util.Comparator.comparing(ShippingOption::price));
        return options;
    }

    /** The tax rate of the destination country (0 where none is configured). */
    public BigDecimal taxRate(@NotNull String country) {
        @SuppressWarnings("unchecked")
        List<Object> rate = em.createNativeQuery("select rate from tax_rate where country = ?")
                .setParameter(1, country.strip().toUpperCase(Locale.ROOT)).getResultList();
        return rate.isEmpty() ? BigDecimal.ZERO : (BigDecimal) rate.get(0);
    }
}
