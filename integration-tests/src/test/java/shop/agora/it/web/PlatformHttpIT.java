package shop.agora.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.PlatformSession;

/** The deployed platform over plain HTTP: health, the three applications' entry points, error pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformHttpIT {

    private static final Pattern STACK_FRAME = Pattern.compile("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
    private static final Pattern EXCEPTION_MESSAGE = Pattern.compile("\\w+(Exception|Error): ");

    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void healthReportsTheDatabaseAndTheBrokerUp() throws Exception {
        HttpResponse<String> response = get("/health");
        assertEquals(200, response.statusCode(), response.body());
        String body = response.body().replace(" ", "");
        assertTrue(body.contains("\"name\":\"database\""), body);
        assertTrue(body.contains("\"name\":\"broker\""), body);
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
    }

    @Test
    void theStorefrontHomeIsPublic() throws Exception {
        HttpResponse<String> response = get("/shop/");
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("id=\"page-title\""), response.body());
    }

    @Test
    void theMerchantPortalAndTheBackOfficeAskForASignIn() throws Exception {
        for (String app : new String[] {"/merchant/", "/admin/"}) {
            HttpResponse<String> response = get(app);
            assertEquals(302, response.statusCode(), app);
            assertTrue(response.headers().firstValue("Location").orElse("").contains(app + "login.xhtml"),
                    app + " -> " + response.headers().firstValue("Location"));
        }
    }

    @Test
    void anUnknownPageGetsTheFriendlyNotFoundPage() throws Exception {
        for (String app : new String[] {"/shop", "/merchant", "/admin"}) {
            HttpResponse<String> response = get(app + "/no-such-page.xhtml");
            assertEquals(404, response.statusCode(), app);
            assertTrue(response.body().contains("id=\"error-page\""), app + ": " + response.body());
            assertNoStackTrace(response.body());
        }
    }

    @Test
    void aFormPostedWithAStaleViewGetsTheExpiredPage() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(URI.create(PlatformSession.baseUrl() + "/shop/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("login=login&login%3Aemail=a%40b.test"
                        + "&login%3Apassword=x&login%3Asubmit=&jakarta.faces.ViewState=-1234%3A5678"))
                .build();
        HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
        assertTrue(response.body().contains("id=\"error-page\""), response.statusCode() + ": " + response.body());
        assertTrue(response.body().toLowerCase().contains("expired"), response.body());
        assertNoStackTrace(response.body());
    }

    @Test
    void browsingTheCatalogOpensNoSession() throws Exception {
        for (String page : new String[] {"/shop/", "/shop/c/electronics", "/shop/search?q=laptop",
            "/shop/categories.xhtml"}) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            assertNoSessionCookie(response, page);
        }
    }

    @Test
    void theSignInPagesOpenNoSessionAndTakeTheirFormOnlyFromTheApplicationsOwnPages() throws Exception {
        for (String app : new String[] {"/shop", "/merchant", "/admin"}) {
            HttpResponse<String> page = get(app + "/login.xhtml");
            assertEquals(200, page.statusCode(), app);
            assertNoSessionCookie(page, app + " sign-in page");

            String signIn = "login=login&login%3Aemail=nobody%40example.test&login%3Apassword=wrong"
                    + "&login%3Asubmit=&jakarta.faces.ViewState=stateless";
            HttpResponse<String> fromElsewhere = post(app + "/login.xhtml", signIn, "https://elsewhere.example");
            assertEquals(403, fromElsewhere.statusCode(), app + ": a sign-in sent from another site's page");
            assertNoStackTrace(fromElsewhere.body());

            HttpResponse<String> fromHere = post(app + "/login.xhtml", signIn, PlatformSession.baseUrl());
            assertEquals(200, fromHere.statusCode(), app);
            assertTrue(fromHere.body().contains("ui-messages-error"), app + " says the sign-in failed: "
                    + fromHere.body());
        }
    }

    @Test
    void theRegistrationPageOpensNoSessionAndTakesItsFormOnlyFromTheShopsOwnPages() throws Exception {
        HttpResponse<String> page = get("/shop/register.xhtml");
        assertEquals(200, page.statusCode());
        assertNoSessionCookie(page, "opening the registration page");

        String registration = "register=register&register%3Aemail=elsewhere-" + System.nanoTime()
                + "%40example.test&register%3Aname=Else+Where&register%3Apassword=long-enough-secret-1"
                + "&register%3Asubmit=&jakarta.faces.ViewState=stateless";
        HttpResponse<String> fromElsewhere = post("/shop/register.xhtml", registration, "https://elsewhere.example");
        assertEquals(403, fromElsewhere.statusCode(), "a registration sent from another site's page");
        assertNoStackTrace(fromElsewhere.body());

        HttpResponse<String> incomplete = post("/shop/register.xhtml",
                "register=register&register%3Aemail=&register%3Aname=&register%3Apassword=&register%3Asubmit="
                        + "&jakarta.faces.ViewState=stateless", PlatformSession.baseUrl());
        assertEquals(200, incomplete.statusCode());
        assertTrue(incomplete.body().contains("ui-message-error"), "says what is missing: " + incomplete.body());
    }

    @Test
    void theTrackingPageOpensNoSessionAndTakesItsFormOnlyFromTheShopsOwnPages() throws Exception {
        HttpResponse<String> page = get("/shop/track");
        assertEquals(200, page.statusCode());
        assertNoSessionCookie(page, "opening the tracking page");
        assertTrue(page.body().contains("value=\"stateless\""), "a stateless view: " + page.body());

        String lookup = "track=track&track-number=AG-0-0&track-email=nobody%40example.test&track-submit="
                + "&jakarta.faces.ViewState=stateless";
        HttpResponse<String> fromHere = post("/shop/track", lookup, PlatformSession.baseUrl());
        assertEquals(200, fromHere.statusCode(), fromHere.body());
        assertTrue(fromHere.body().contains("We could not find an order with this number and email."),
                fromHere.body());
        assertNoSessionCookie(fromHere, "a lookup that found nothing");

        HttpResponse<String> fromElsewhere = post("/shop/track", lookup, "https://elsewhere.example");
        assertEquals(403, fromElsewhere.statusCode(), "a form sent from another site's page");
        assertFalse(fromElsewhere.body().contains("We could not find"), "not looked up: " + fromElsewhere.body());
        assertNoStackTrace(fromElsewhere.body());
    }

    @Test
    void assetsAreServedByTheApplications() throws Exception {
        String page = get("/shop/").body();
        assertFalse(page.matches("(?s).*(src|href)=\"https?://.*"), "no asset from another host: " + page);
        assertTrue(page.contains("/shop/jakarta.faces.resource/"), page);
    }

    @Test
    void addToCartSentByThePagesScriptIsAnsweredInJsonWithTheCartsCount() throws Exception {
        Matcher sku = Pattern.compile("name=\"sku\" value=\"(\\d+)\"").matcher(get("/shop/p/aurora-14-laptop").body());
        assertTrue(sku.find(), "the product page's add-to-cart form");
        String form = "sku=" + sku.group(1) + "&slug=aurora-14-laptop&quantity=";

        HttpResponse<String> added = addInPage(form + "2", PlatformSession.baseUrl(), null);
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(added.body().contains("\"added\":true") && added.body().contains("\"count\":2")
                && added.body().contains("\"label\":\"Cart, 2 items\""), added.body());
        String session = added.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();

        HttpResponse<String> again = addInPage(form + "1", PlatformSession.baseUrl(), session);
        assertTrue(again.body().contains("\"count\":3"), "the same cart: " + again.body());

        HttpResponse<String> zero = addInPage(form + "0", PlatformSession.baseUrl(), session);
        assertEquals(422, zero.statusCode(), zero.body());
        assertTrue(zero.body().contains("\"added\":false")
                && zero.body().contains("Please enter a quantity from 1 to 99."), zero.body());

        HttpResponse<String> fromElsewhere = addInPage(form + "1", "https://elsewhere.example", session);
        assertEquals(403, fromElsewhere.statusCode(), "sent from another site's page");
        assertFalse(fromElsewhere.body().contains("\"added\""), fromElsewhere.body());
        assertTrue(addInPage(form + "1", PlatformSession.baseUrl(), session).body().contains("\"count\":4"),
                "nothing was added from elsewhere");

        HttpResponse<String> withoutScript = post("/shop/cart/add", form + "1", PlatformSession.baseUrl());
        assertEquals(302, withoutScript.statusCode(), "the form sent without script goes back to the product page");
        assertTrue(withoutScript.headers().firstValue("Location").orElse("").endsWith("/shop/p/aurora-14-laptop"),
                withoutScript.headers().map().toString());
    }

    private HttpResponse<String> addInPage(String form, String origin, String session)
            throws IOException, InterruptedException {
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(PlatformSession.baseUrl() + "/shop/cart/add"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (session != null) {
            post.header("Cookie", session);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(PlatformSession.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String origin)
            throws IOException, InterruptedException {
        HttpRequest post = HttpRequest.newBuilder(URI.create(PlatformSession.baseUrl() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(post, HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoSessionCookie(HttpResponse<String> response, String what) {
        assertTrue(response.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                what + " set " + response.headers().allValues("Set-Cookie"));
    }

    /** No stack frame, no "Caused by", no exception message ("SomethingException: ..."). */
    private static void assertNoStackTrace(String body) {
        assertFalse(STACK_FRAME.matcher(body).find(), body);
        assertFalse(body.contains("Caused by"), body);
        assertFalse(EXCEPTION_MESSAGE.matcher(body).find(), body);
    }
}
