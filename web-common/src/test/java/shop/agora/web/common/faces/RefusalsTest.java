package shop.agora.web.common.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import shop.agora.core.shared.DomainException;

class RefusalsTest {

    @Test
    void aRefusalIsShownAsItIs() {
        assertEquals("No.", Refusals.message(new DomainException("No.")));
    }

    @Test
    void aRefusalWrappedByTheContainerIsShownToo() {
        assertEquals("No.", Refusals.message(new EJBException(new DomainException("No."))));
    }

    @Test
    void anythingElseIsThrownOn() {
        EJBException failure = new EJBException(new IllegalStateException("database down"));
        assertSame(failure, assertThrows(EJBException.class, () -> Refusals.message(failure)));
    }
}
