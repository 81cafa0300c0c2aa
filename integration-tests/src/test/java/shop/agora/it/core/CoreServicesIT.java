package shop.agora.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.accounts.AccountService;
import shop.agora.core.accounts.AccountView;
import shop.agora.core.accounts.CallerIdentity;
import shop.agora.core.accounts.NewAccount;
import shop.agora.core.accounts.RegistrationRefusedException;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.merchants.MerchantService;
import shop.agora.core.merchants.NewMerchant;
import shop.agora.it.support.Deployments;

/** Core services in the container, against PostgreSQL: they store and read, validate, and check roles. */
@ExtendWith(ArquillianExtension.class)
class CoreServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(CoreServicesIT.class);
    }

    @EJB
    AccountService accounts;

    @EJB
    MerchantService merchants;

    @Test
    void aRegisteredCustomerIsStoredAndCanBeAuthenticated() {
        String email = "Reader-" + UUID.randomUUID() + "@Example.TEST";
        AccountView created = accounts.registerCustomer(new NewAccount(email, "a sufficiently long secret",
                "Rea Reader"));

        CallerIdentity caller = accounts.authenticate(email.toLowerCase(), "a sufficiently long secret")
                .orElseThrow();
        assertEquals(created.id(), caller.accountId());
        assertEquals(email.toLowerCase(), caller.email(), "emails are kept in lower case");
        assertEquals(Role.CUSTOMER, caller.role());
        assertTrue(accounts.authenticate(email, "a sufficiently long secreT").isEmpty());
        assertTrue(accounts.authenticate("nobody-" + UUID.randomUUID() + "@example.test", "whatever pw")
                .isEmpty());
    }

    @Test
    void aSecondRegistrationWithTheSameEmailIsRefused() {
        String email = "twice-" + UUID.randomUUID() + "@example.test";
        accounts.registerCustomer(new NewAccount(email, "first long password", "First"));
        RegistrationRefusedException refused = assertThrows(RegistrationRefusedException.class,
                () -> accounts.registerCustomer(new NewAccount(email.toUpperCase(), "second long password",
                        "Second")));
        assertTrue(refused.getMessage().contains("could not create an account"));
        assertEquals("First", accounts.authenticate(email, "first long password").orElseThrow().displayName());
    }

    @Test
    void invalidInputIsRejectedByBeanValidationBeforeAnythingIsStored() {
        String email = "invalid-" + UUID.randomUUID() + "@example.test";
        EJBException failure = assertThrows(EJBException.class,
                () -> accounts.registerCustomer(new NewAccount(email, "short", "Shorty")));
        assertInstanceOf(ConstraintViolationException.class, failure.getCause(), String.valueOf(failure));
        assertTrue(accounts.authenticate(email, "short").isEmpty());
    }

    @Test
    void servicesRefuseCallersWithoutTheRole() {
        assertThrows(EJBAccessException.class, () -> merchants.merchants());
        assertThrows(EJBAccessException.class,
                () -> merchants.createMerchant(new NewMerchant("Sneaky Shop", "sneaky@example.test")));
        assertThrows(EJBAccessException.class, () -> merchants.myMerchant());
        assertThrows(EJBAccessException.class, () -> accounts.currentAccount());
    }
}
