package shop.agora.core.accounts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher fast = new PasswordHasher(1_000);

    @Test
    void productionHashesUseAtLeastSixHundredThousandIterations() {
        String hash = new PasswordHasher().hash("correct horse battery");
        assertTrue(hash.startsWith("pbkdf2-sha256$"), hash);
        assertTrue(PasswordHasher.iterationsOf(hash) >= 600_000, hash);
    }

    @Test
    void theRightPasswordMatchesAndAWrongOneDoesNot() {
        String hash = fast.hash("correct horse battery");
        assertTrue(fast.matches("correct horse battery", hash));
        assertFalse(fast.matches("correct horse batterY", hash));
        assertFalse(fast.matches("", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(fast.hash("same password"), fast.hash("same password"));
    }

    @Test
    void aHashKeepsItsOwnIterationCount() {
        String hash = new PasswordHasher(2_000).hash("old but valid");
        assertEquals(2_000, PasswordHasher.iterationsOf(hash));
        assertTrue(fast.matches("old but valid", hash));
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertFalse(fast.matches("x", null));
        assertFalse(fast.matches("x", "plain-text"));
        assertFalse(fast.matches("x", "pbkdf2-sha256$1000$not base64!$zz"));
        assertFalse(fast.matches("x", "md5$1$abc$def"));
    }
}
