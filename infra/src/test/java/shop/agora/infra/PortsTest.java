package shop.agora.infra;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void aBusyPortIsReportedWithItsNumberAndPurpose() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();
            assertFalse(Ports.isFree(port));
            InfraException failure = assertThrows(InfraException.class, () -> Ports.requireFree(port, "Payara HTTP"));
            assertTrue(failure.getMessage().contains("Port " + port + " (Payara HTTP) is already in use"),
                    failure.getMessage());
        }
    }

    @Test
    void aFreePortPasses() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        int free = port;
        assertDoesNotThrow(() -> Ports.requireFree(free, "anything"));
    }
}
