package shop.agora.web.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private final ClientAddress behindProxies = new ClientAddress(Set.of("10.0.0.2", "10.0.0.3"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals("203.0.113.9", new ClientAddress(Set.of()).of("203.0.113.9", "198.51.100.1"));
    }

    @Test
    void aRequestStraightFromAClientIsThatClientWhateverItsHeaderSays() {
        assertEquals("203.0.113.9", behindProxies.of("203.0.113.9", "10.0.0.2, 198.51.100.1"));
    }

    @Test
    void behindAProxyTheClientIsTheAddressTheProxyWasReachedFrom() {
        assertEquals("198.51.100.7", behindProxies.of("10.0.0.2", "198.51.100.7"));
    }

    @Test
    void addressesTheClientMadeUpLeftOfTheRealOneAreNotBelieved() {
        assertEquals("198.51.100.7", behindProxies.of("10.0.0.2", "1.2.3.4, 5.6.7.8,198.51.100.7"));
    }

    @Test
    void aChainOfTrustedProxiesIsFollowedToTheFirstUntrustedAddress() {
        assertEquals("198.51.100.7", behindProxies.of("10.0.0.2", "9.9.9.9, 198.51.100.7, 10.0.0.3"));
    }

    @Test
    void aProxyWithoutTheHeaderIsTheClient() {
        assertEquals("10.0.0.2", behindProxies.of("10.0.0.2", null));
        assertEquals("10.0.0.2", behindProxies.of("10.0.0.2", " "));
    }

    @Test
    void anEmptyHopStopsTheWalkAtTheLastAddressATrustedProxyGave() {
        assertEquals("10.0.0.3", behindProxies.of("10.0.0.2", "198.51.100.7, , 10.0.0.3"));
    }

    @Test
    void anAbsurdlyLongAddressIsCut() {
        String longAddress = "x".repeat(500);
        assertEquals(ClientAddress.LONGEST, behindProxies.of("10.0.0.2", longAddress).length());
    }
}
