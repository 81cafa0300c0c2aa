/**
 * The back office (/admin): where Agora's own staff run the platform. Every page needs a signed-in administrator.
 * Backing beans mirror pages: {@code merchants.xhtml} is {@link shop.agora.web.admin.MerchantsPage},
 * {@code categories.xhtml} is {@link shop.agora.web.admin.CategoriesPage}, {@code warehouses.xhtml} is
 * {@link shop.agora.web.admin.WarehousesPage} with {@link shop.agora.web.admin.SuppliersSection},
 * {@code shipping.xhtml} (the shipping rate table) is {@link shop.agora.web.admin.ShippingPage} with
 * {@link shop.agora.web.admin.ShippingZoneEditor} and {@link shop.agora.web.admin.ShippingMethodEditor},
 * {@code taxes.xhtml} is {@link shop.agora.web.admin.TaxesPage}, {@code emails.xhtml} (the log of outgoing mail) is
 * {@link shop.agora.web.admin.EmailsPage}, {@code events.xhtml} (each order's events, the dead letters) is
 * {@link shop.agora.web.admin.EventsPage}, {@code customers.xhtml} (who is premium) is
 * {@link shop.agora.web.admin.CustomersPage}, {@code refunds.xhtml} (the refund policy) is
 * {@link shop.agora.web.admin.RefundsPage} with {@link shop.agora.web.admin.RefundRules}, the dashboard
 * {@code index.xhtml} is {@link shop.agora.web.admin.HomePage}; the inventory pages are in
 * {@link shop.agora.web.admin.inventory}.
 */
package shop.agora.web.admin;
