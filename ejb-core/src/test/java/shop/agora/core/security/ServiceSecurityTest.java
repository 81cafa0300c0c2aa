package shop.agora.core.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every business method of every session bean states who may call it: {@code @RolesAllowed}, or an explicit
 * {@code @PermitAll} from the short list below of what is meant for anonymous callers and for the platform itself.
 */
class ServiceSecurityTest {

    /**
     * Open on purpose: signing in and registering, browsing the catalog, and the event infrastructure (MANDATORY
     * transactions, and the relay's wake-up, which only asks for a drain that runs as the system).
     */
    private static final Set<String> OPEN_ON_PURPOSE = Set.of(
            "AccountService.authenticate",
            "CatalogService.home",
            "CatalogService.search",
            "CatalogService.suggest",
            "CatalogService.categoryPage",
            "CatalogService.product",
            "CatalogService.image",
            "CatalogService.categoryTree",
            "CatalogService.popularCategories",
            "StockManagement.available",
            "CartService.price",
            "CartService.checkAddable",
            "Checkout.quote",
            "Checkout.placeOrder",
            "PaymentProcessing.pay",
            "PaymentProcessing.payTracked",
            "OrderTracking.byCheckout", "OrderTracking.dueByCheckout", "OrderTracking.trackDue",
            "OrderTracking.track", "OrderCancellation.cancelByCheckout", "OrderCancellation.cancelTracked",
            "ProcessedEvents.deliveries",
            "RefundRequests.policy",
            "ShippingCalculation.options",
            "ShippingCalculation.taxRate",
            "AccountService.registerCustomer",
            "EventPublisher.publish",
            "EventRelay.wake",
            "ProcessedEvents.claim",
            "ProcessedEvents.timesProcessed");

    @Test
    void everyBusinessMethodDeclaresItsRoles() throws Exception {
        List<String> undeclared = new ArrayList<>();
        Set<String> open = new TreeSet<>();
        for (Class<?> bean : sessionBeans()) {
            for (Method method : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())
                        || method.isSynthetic()) {
                    continue;
                }
                String name = bean.getSimpleName() + "." + method.getName();
                boolean roles = method.isAnnotationPresent(RolesAllowed.class)
                        || (!method.isAnnotationPresent(PermitAll.class) && bean.isAnnotationPresent(RolesAllowed.class));
                boolean permitAll = method.isAnnotationPresent(PermitAll.class)
                        || (!method.isAnnotationPresent(RolesAllowed.class) && bean.isAnnotationPresent(PermitAll.class));
                if (permitAll) {
                    open.add(name);
                } else if (!roles) {
                    undeclared.add(name);
                }
            }
        }
        assertEquals(List.of(), undeclared, "business methods without @RolesAllowed");
        assertEquals(new TreeSet<>(OPEN_ON_PURPOSE), open, "methods open to every caller");
    }

    @Test
    void theScanFindsTheServices() throws Exception {
        assertFalse(sessionBeans().isEmpty());
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ServiceSecurityTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ServiceSecurityTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class) || type.isAnnotationPresent(Singleton.class)) {
                    beans.add(type);
                }
            }
        }
        return beans;
    }
}
