package shop.agora.core.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.inventory.entity.Supplier;
import shop.agora.core.inventory.entity.Warehouse;
import shop.agora.core.shared.DomainException;

/** Warehouses and suppliers, which admins keep. Merchants read the warehouse list for their stock pages. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class Warehouses {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.ADMIN, Role.Names.MERCHANT})
    public List<WarehouseView> warehouses() {
        return em.createQuery("select w from Warehouse w order by w.code", Warehouse.class).getResultStream()
                .map(Warehouses::view).toList();
    }

    public long createWarehouse(@NotNull @Valid WarehouseForm form) {
        String code = Warehouse.normalizeCode(form.code());
        if (!em.createQuery("select w.id from Warehouse w where w.code = :code").setParameter("code", code)
                .getResultList().isEmpty()) {
            throw new DomainException("There is already a warehouse with the code " + code + ".");
        }
        Warehouse warehouse = new Warehouse(code, form.name(), form.street(), form.postalCode(), form.city(),
                form.country(), clock.instant());
        em.persist(warehouse);
        em.flush();
        return warehouse.id();
    }

    /** Changes name and address; the code stays (stock, orders and labels refer to it). */
    public void updateWarehouse(long id, @NotNull @Valid WarehouseForm form) {
        Warehouse warehouse = em.find(Warehouse.class, id);
        if (warehouse == null) {
            throw new DomainException("There is no such warehouse.");
        }
        warehouse.update(form.name(), form.street(), form.postalCode(), form.city(), form.country());
    }

    public List<SupplierView> suppliers() {
        return em.createQuery("select s from Supplier s order by s.name", Supplier.class).getResultStream()
                .map(Warehouses::view).toList();
    }

    public long createSupplier(@NotNull @Valid SupplierForm form) {
        requireUniqueName(form.name(), null);
        Supplier supplier = new Supplier(form.name(), form.email(), form.leadTimeDays(), clock.instant());
        em.persist(supplier);
        em.flush();
        return supplier.id();
    }

    public void updateSupplier(long id, @NotNull @Valid SupplierForm form) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new DomainException("There is no such supplier.");
        }
        requireUniqueName(form.name(), id);
        supplier.update(form.name(), form.email(), form.leadTimeDays());
    }

    private void requireUniqueName(String name, Long except) {
        List<Long> same = em.createQuery("select s.id from Supplier s where lower(s.name) = lower(:name)", Long.class)
                .setParameter("name", name.strip()).getResultList();
        if (same.stream().anyMatch(id -> !id.equals(except))) {
            throw new DomainException("There is already a supplier called " + name.strip() + ".");
        }
    }

    static WarehouseView view(Warehouse w) {
        return new WarehouseView(w.id(), w.code(), w.name(), w.street(), w.postalCode(), w.city(), w.country());
    }

    static SupplierView view(Supplier s) {
        return new SupplierView(s.id(), s.name(), s.email(), s.leadTimeDays());
    }
}
