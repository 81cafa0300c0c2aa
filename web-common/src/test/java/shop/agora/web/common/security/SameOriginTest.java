package shop.agora.web.common.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SameOriginTest {

    @Test
    void browsersThatSayWhereTheFormComesFrom() {
        assertTrue(SameOrigin.allows("same-origin", "https://evil.test", "shop.test"), "Sec-Fetch-Site decides");
        assertTrue(SameOrigin.allows("none", null, "shop.test"));
        assertFalse(SameOrigin.allows("cross-site", "https://shop.test", "shop.test"));
        assertFalse(SameOrigin.allows("same-site", null, "shop.test"));
    }

    @Test
    void olderBrowsersByTheirOrigin() {
        assertTrue(SameOrigin.allows(null, "http://localhost:8080", "localhost:8080"));
        assertTrue(SameOrigin.allows(null, "https://SHOP.test", "shop.test"));
        assertFalse(SameOrigin.allows(null, "https://evil.test", "shop.test"));
        assertFalse(SameOrigin.allows(null, "null", "shop.test"), "a sandboxed or opaque origin");
        assertFalse(SameOrigin.allows(null, "not a uri", "shop.test"));
        assertFalse(SameOrigin.allows(null, "http://localhost:8080", null));
    }

    @Test
    void clientsThatSayNothing() {
        assertTrue(SameOrigin.allows(null, null, "shop.test"));
    }
}
