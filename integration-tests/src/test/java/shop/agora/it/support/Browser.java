package shop.agora.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium (Debian's chromium and chromedriver) driving the real pages, with the few actions the tests
 * need. It never reaches the internet: every asset comes from the applications.
 */
public final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final WebDriver driver;

    public Browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("agora.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--disable-quic", "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("agora.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .build();
        if (!Files.isExecutable(Path.of(System.getProperty("agora.chromedriver", "/usr/bin/chromedriver")))) {
            throw new IllegalStateException("chromedriver is missing: ./test.sh installs Debian's chromium-driver");
        }
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    public Browser open(String path) {
        driver.get(PlatformSession.baseUrl() + path);
        awaitLoaded();
        return this;
    }

    private void awaitLoaded() {
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> "complete".equals(
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public String path() {
        String url = driver.getCurrentUrl();
        return url.substring(PlatformSession.baseUrl().length());
    }

    public String title() {
        return driver.getTitle();
    }

    public WebElement element(String id) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    public boolean has(String id) {
        return !driver.findElements(By.id(id)).isEmpty();
    }

    /** The text of an element, read again if the page replaces the element meanwhile. */
    public String text(String id) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(WebDriverException.class) // "node does not belong to the document" while a page loads
                .until(d -> d.findElement(By.id(id)).getText());
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Types into an input, finding it again if the page replaced it meanwhile (Chromium: "node does not belong"). */
    public Browser type(String id, String value) {
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement input = d.findElement(By.id(id));
                    input.clear();
                    input.sendKeys(value);
                    return value.equals(input.getDomProperty("value"));
                });
        return this;
    }

    /** Clicks, finding the element again if the page replaced it meanwhile (Chromium: "node does not belong"). */
    public Browser click(String id) {
        clicked(id);
        return this;
    }

    /** Clicks and waits for the next page to replace this one. */
    public Browser submit(String id) {
        WebElement button = clicked(id);
        awaitGone(button);
        awaitLoaded();
        return this;
    }

    /**
     * Waits until the page that held this element is gone. Chromium reports a replaced node either as stale or as
     * "node does not belong to the document"; both mean the next page is there.
     */
    private void awaitGone(WebElement element) {
        new WebDriverWait(driver, WAIT).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private WebElement clicked(String id) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(WebDriverException.class)
                .until(d -> {
                    WebElement target = d.findElement(By.id(id));
                    // centred, so that a sticky header or a message never lies over it
                    ((org.openqa.selenium.JavascriptExecutor) d)
                            .executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
                    target.click();
                    return target;
                });
    }

    public Browser waitForText(String id, String expected) {
        new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
        return this;
    }

    /** An attribute of the first element that matches (e.g. a link's absolute href). */
    public String attribute(By selector, String name) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(selector).getDomProperty(name));
    }

    public String sessionId(String contextPath) {
        return driver.manage().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .filter(c -> contextPath.equals(c.getPath()) || (contextPath + "/").equals(c.getPath()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }

    /** Sends a file to the file input inside the element with this id (PrimeFaces p:fileUpload). */
    public Browser upload(String id, java.nio.file.Path file) {
        WebElement input = new WebDriverWait(driver, WAIT).until(d -> d.findElement(
                By.cssSelector("[id='" + id + "'] input[type=file], input[type=file][id='" + id + "_input']")));
        input.sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Ticks an option of a PrimeFaces p:selectCheckboxMenu by its label. */
    public Browser tick(String menuId, String label) {
        element(menuId).click();
        By option = By.xpath("//*[@id='" + menuId + "_panel']//li[.//label[normalize-space()='" + label + "']]");
        // the panel slides open: a click while it moves lands on the menu itself, so click again until it takes;
        // a panel that did not open (the first click came before the widget was ready) is opened again
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> {
            WebElement item = d.findElement(option);
            if (!item.isDisplayed()) {
                element(menuId).click();
                return false;
            }
            ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("arguments[0].scrollIntoView({block: 'center'})", item);
            item.click();
            return true;
        });
        element(menuId).click();
        return this;
    }

    /** Clicks and waits until the text appears in the element (for ajax actions that do not reload the page). */
    public Browser clickAndWait(String id, String waitForId, String expected) {
        click(id);
        return waitForText(waitForId, expected);
    }

    /** Clicks the node of a PrimeFaces p:tree whose label is exactly this text. */
    public Browser selectTreeNode(String treeId, String label) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + treeId
                + "']//span[contains(@class,'ui-treenode-label')][normalize-space()='" + label + "']"))).click();
        return this;
    }

    public Browser choose(String selectId, String visibleText) {
        new org.openqa.selenium.support.ui.Select(element(selectId)).selectByVisibleText(visibleText);
        return this;
    }

    public java.util.List<String> texts(By selector) {
        return driver.findElements(selector).stream().map(WebElement::getText).toList();
    }

    /** Clicks the first element that matches and waits for the next page. */
    public Browser clickFirst(By selector) {
        WebElement target = new WebDriverWait(driver, WAIT).until(ExpectedConditions.elementToBeClickable(selector));
        target.click();
        awaitGone(target);
        awaitLoaded();
        return this;
    }

    public String source() {
        return driver.getPageSource();
    }

    /**
     * From now on every request names this client in X-Forwarded-For, as a reverse proxy in front of the shop would
     * (the tests' platform trusts this machine as one); null: no longer.
     */
    public Browser forwardingFor(String clientAddress) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", java.util.Map.of());
        chrome.executeCdpCommand("Network.setExtraHTTPHeaders",
                java.util.Map.of("headers", clientAddress == null ? java.util.Map.of()
                        : java.util.Map.of("X-Forwarded-For", clientAddress)));
        return this;
    }

    public void forgetCookies() {
        driver.manage().deleteAllCookies();
    }

    /** Signs in through the shared sign-in page of an application and waits for the page that follows. */
    public Browser signIn(String app, String email, String password) {
        open(app + "/login.xhtml");
        return signInHere(email, password);
    }

    /** Fills the sign-in form on the current page. */
    public Browser signInHere(String email, String password) {
        type("login:email", email).type("login:password", password);
        return submit("login:submit");
    }

    /** Saves what the page looks like now (PNG), e.g. to look at a failing test's page. */
    public Browser screenshot(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            return this;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
