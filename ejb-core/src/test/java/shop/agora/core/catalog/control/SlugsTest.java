package shop.agora.core.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void namesBecomeLowerCaseAsciiWordsJoinedByDashes() {
        assertEquals("cafe-creme-2000", Slugs.slugify("Café Crème 2000!"));
        assertEquals("maple-and-oak-home", Slugs.slugify("Maple & Oak Home"));
        assertEquals("strasse-fur-grosse-fusse", Slugs.slugify("Straße für große Füße"));
        assertEquals("script-alert-1-script", Slugs.slugify("<script>alert(1)</script>"));
        assertEquals("item", Slugs.slugify("!!!"));
        assertEquals("item", Slugs.slugify(null));
    }

    @Test
    void longNamesAreCutAtTheMaximumWithoutATrailingDash() {
        String slug = Slugs.slugify("word ".repeat(100));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertFalse(slug.endsWith("-"));
    }

    @Test
    void aTakenSlugGetsANumber() {
        Set<String> taken = Set.of("wool-socks", "wool-socks-2");
        assertEquals("wool-socks-3", Slugs.unique("Wool Socks", taken::contains));
        assertEquals("linen-shirt", Slugs.unique("Linen shirt", taken::contains));
    }

    @Test
    void onlyWellFormedSlugsAreAccepted() {
        assertTrue(Slugs.isSlug("merino-crew-sweater-2"));
        assertFalse(Slugs.isSlug("Merino"));
        assertFalse(Slugs.isSlug("-leading"));
        assertFalse(Slugs.isSlug("two--dashes"));
        assertFalse(Slugs.isSlug("../etc/passwd"));
    }
}
