package shop.agora.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PayaraDomainTest {

    private static final String PROPERTY = "<property name=\"pending-txn-cleanup-interval\" value=\""
            + PayaraDomain.RECOVERY_INTERVAL_SECONDS + "\"></property>";

    @Test
    void aNewDomainsSelfClosingServiceRecovers() {
        String xml = "<config name=\"server-config\"><transaction-service tx-log-dir=\"${x}/logs\" /></config>"
                + "<config name=\"default-config\"><transaction-service tx-log-dir=\"${x}/logs\" "
                + "automatic-recovery=\"true\" /></config>";
        assertEquals("<config name=\"server-config\"><transaction-service tx-log-dir=\"${x}/logs\" "
                + "automatic-recovery=\"true\" retry-timeout-in-seconds=\"0\">" + PROPERTY
                + "</transaction-service></config>"
                + "<config name=\"default-config\"><transaction-service tx-log-dir=\"${x}/logs\" "
                + "automatic-recovery=\"true\" /></config>", PayaraDomain.withTransactionRecovery(xml));
    }

    @Test
    void aRewrittenDomainsServiceKeepsItsContent() {
        String xml = "<transaction-service automatic-recovery=\"false\" tx-log-dir=\"l\"><property name=\"a\" "
                + "value=\"b\"></property></transaction-service>";
        assertEquals("<transaction-service tx-log-dir=\"l\" automatic-recovery=\"true\" retry-timeout-in-seconds=\"0\">"
                + PROPERTY
                + "<property name=\"a\" value=\"b\"></property></transaction-service>",
                PayaraDomain.withTransactionRecovery(xml));
    }

    @Test
    void aDomainConfiguredBeforeGetsWhatItLacksAndNothingTwice() {
        String before = "<transaction-service tx-log-dir=\"l\" automatic-recovery=\"true\">" + PROPERTY
                + "</transaction-service><transaction-service automatic-recovery=\"true\" />";
        String now = PayaraDomain.withTransactionRecovery(before);
        assertEquals("<transaction-service tx-log-dir=\"l\" automatic-recovery=\"true\" retry-timeout-in-seconds=\"0\">"
                + PROPERTY + "</transaction-service><transaction-service automatic-recovery=\"true\" />", now);
        assertEquals(now, PayaraDomain.withTransactionRecovery(now));
    }

    @Test
    void theServersHeapIsRaisedAndTheDefaultConfigurationsLeftAlone() {
        String xml = "<config name=\"server-config\"><jvm-options>-Xmx512m</jvm-options></config>"
                + "<config name=\"default-config\"><jvm-options>-Xmx512m</jvm-options></config>";
        String expected = "<config name=\"server-config\"><jvm-options>-Xmx1g</jvm-options></config>"
                + "<config name=\"default-config\"><jvm-options>-Xmx512m</jvm-options></config>";
        assertEquals(expected, PayaraDomain.withHeap(xml, "1g"));
        assertEquals(expected, PayaraDomain.withHeap(expected, "1g"));
        assertEquals(expected.replace("-Xmx1g", "-Xmx2g"), PayaraDomain.withHeap(expected, "2g"), "changed again");
    }

    @Test
    void theDatabasePoolChecksAConnectionAtMostEveryTenSeconds() {
        String xml = "<jdbc-connection-pool name=\"__TimerPool\"></jdbc-connection-pool>"
                + "<jdbc-connection-pool max-pool-size=\"40\" name=\"agora-database\" "
                + "is-connection-validation-required=\"true\"><property name=\"a\"></property></jdbc-connection-pool>";
        String expected = "<jdbc-connection-pool name=\"__TimerPool\"></jdbc-connection-pool>"
                + "<jdbc-connection-pool validate-atmost-once-period-in-seconds=\"10\" max-pool-size=\"40\" "
                + "name=\"agora-database\" is-connection-validation-required=\"true\"><property name=\"a\"></property>"
                + "</jdbc-connection-pool>";
        assertEquals(expected, PayaraDomain.withDatabaseValidationPeriod(xml));
        assertEquals(expected, PayaraDomain.withDatabaseValidationPeriod(expected));
        assertEquals(expected, PayaraDomain.withDatabaseValidationPeriod(expected.replace("\"10\"", "\"60\"")));
        assertEquals("<domain/>", PayaraDomain.withDatabaseValidationPeriod("<domain/>"), "no pool yet");
    }

    @Test
    void aConfigurationWithoutTheServiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PayaraDomain.withTransactionRecovery("<domain/>"));
    }
}
