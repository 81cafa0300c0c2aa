package shop.agora.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NearCacheTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger reads = new AtomicInteger();
    private final NearCache<String, String> cache = new NearCache<>(2_000, 3, nanos::get);

    private String read(String key) {
        return cache.get(key, () -> key + "-" + reads.incrementAndGet());
    }

    @Test
    void aValueReadWithinItsLifetimeComesFromTheCopy() {
        assertEquals("a-1", read("a"));
        nanos.addAndGet(1_999_000_000L);
        assertEquals("a-1", read("a"));
        assertEquals(1, reads.get());
    }

    @Test
    void aValueIsReadAgainOnceItsLifetimeHasPassed() {
        read("a");
        nanos.addAndGet(2_000_000_000L);
        assertEquals("a-2", read("a"));
    }

    @Test
    void forgettingAKeyOrAllReadsAgainAtOnce() {
        read("a");
        read("b");
        cache.forget("a");
        assertEquals("a-3", read("a"));
        assertEquals("b-2", read("b"));
        cache.clear();
        assertEquals("b-4", read("b"));
    }

    @Test
    void aReadThatRacedWithAChangeIsNotKept() {
        String old = cache.get("a", () -> {
            cache.forget("a"); // the change commits while the old state is being read
            return "a-old";
        });
        assertEquals("a-old", old, "the caller still gets what was read");
        assertEquals("a-1", read("a"), "the next read does not get the old state");
        assertEquals("a-1", read("a"));
    }

    @Test
    void nothingIsKeptForNullAndTheCopiesStayFew() {
        assertNull(cache.get("none", () -> null));
        assertEquals("none-1", read("none"));
        read("b");
        read("c");
        read("d"); // the fourth key: the copies start again
        assertEquals("b-5", read("b"));
    }
}
