package shop.agora.web.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReturnPathTest {

    @Test
    void aPageOfThisApplicationIsKept() {
        assertEquals("/account/index.xhtml", ReturnPath.safe("/account/index.xhtml"));
        assertEquals("/search.xhtml?q=shoes&page=2", ReturnPath.safe("/search.xhtml?q=shoes&page=2"));
    }

    @Test
    void anythingElseGoesHome() {
        assertEquals("/", ReturnPath.safe(null));
        assertEquals("/", ReturnPath.safe(""));
        assertEquals("/", ReturnPath.safe("https://evil.example/phish"));
        assertEquals("/", ReturnPath.safe("//evil.example/phish"));
        assertEquals("/", ReturnPath.safe("/\\evil.example"));
        assertEquals("/", ReturnPath.safe("/ok\r\nSet-Cookie: x=y"));
        assertEquals("/", ReturnPath.safe("account/index.xhtml"));
        assertEquals("/", ReturnPath.safe("/login.xhtml?next=/"));
    }
}
