package uk.socguide.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.socguide.app.wiring.Application;
import uk.socguide.app.wiring.ScriptedAssistant;
import uk.socguide.core.UserIds;

/**
 * The browser chat in real headless Chromium (Debian's chromium and chromedriver; nothing is
 * downloaded), used with the keyboard only.
 */
class BrowserChatIT {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private static Application app;
  private static ChromeDriverService service;
  private static WebDriver browser;
  private static Path profile;
  private static String base;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    assertThat(new File(CHROMIUM))
        .as("install with: apt-get install -y chromium chromium-driver")
        .canRead();
    assertThat(new File(CHROMEDRIVER)).canRead();
    app =
        Application.start(
            "127.0.0.1",
            0,
            new ScriptedAssistant(),
            new UserIds("k".repeat(32).getBytes(StandardCharsets.UTF_8)));
    base = "http://127.0.0.1:" + app.port();
    profile = Files.createTempDirectory("soc-guide-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1024,900",
        "--user-data-dir=" + profile);
    // an explicit driver and browser keep Selenium Manager from looking for (or fetching) either
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
    if (app != null) {
      app.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @BeforeEach
  void openThePage() {
    browser.manage().window().setSize(new Dimension(1024, 900));
    browser.get(base + "/");
    ((JavascriptExecutor) browser).executeScript("window.sessionStorage.clear()");
    browser.navigate().refresh();
    wait = new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  private void keys(CharSequence... keys) {
    new Actions(browser).sendKeys(keys).perform();
  }

  private WebElement focused() {
    return browser.switchTo().activeElement();
  }

  private List<WebElement> botMessages() {
    return browser.findElements(By.cssSelector("#log .msg.bot:not(.intro)"));
  }

  private WebElement awaitBotMessage(int count) {
    wait.until(d -> botMessages().size() >= count);
    return botMessages().get(count - 1);
  }

  @Test
  void aQuestionAskedWithTheKeyboardIsAnsweredWithItsSourceLink() {
    keys(Keys.TAB);
    assertThat(focused().getText()).isEqualTo("Skip to the question box");
    keys(Keys.ENTER);
    assertThat(focused().getAttribute("id")).isEqualTo("message");

    keys("How do I report fraud?", Keys.ENTER);

    WebElement answer = awaitBotMessage(1);
    assertThat(answer.findElement(By.tagName("h2")).getText()).isEqualTo("Reporting fraud");
    assertThat(answer.getText()).contains("If someone is in danger now, call 999.");
    WebElement source = answer.findElement(By.cssSelector(".sources a"));
    assertThat(source.getText()).isEqualTo("Report Fraud: how to report");
    assertThat(source.getAttribute("href")).isEqualTo("https://www.reportfraud.police.uk/");
    assertThat(source.getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(answer.findElement(By.cssSelector(".reviewed")).getText())
        .isEqualTo("Last reviewed 28 November 2026");
    assertThat(browser.findElement(By.cssSelector("#log .msg.user")).getText())
        .isEqualTo("How do I report fraud?");
    assertThat(focused().getAttribute("id")).isEqualTo("message");

    // back from the question box through the answer's buttons to its source link
    for (int i = 0; i < 8 && !"Report Fraud: how to report".equals(focused().getText()); i++) {
      keys(Keys.chord(Keys.SHIFT, Keys.TAB));
    }
    assertThat(focused().getTagName()).isEqualTo("a");
    assertThat(focused().getText()).isEqualTo("Report Fraud: how to report");

    // forward to "Helpful" and press it
    for (int i = 0; i < 5 && !"Helpful".equals(focused().getText()); i++) {
      keys(Keys.TAB);
    }
    assertThat(focused().getText()).isEqualTo("Helpful");
    keys(Keys.ENTER);

    assertThat(awaitBotMessage(2).getText()).isEqualTo("Thank you for your feedback.");
    assertThat(answer.findElements(By.cssSelector(".feedback button")))
        .allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
  }

  @Test
  void aSuggestionPickedWithTheKeyboardIsSentAsTheNextQuestion() {
    browser.findElement(By.id("message")).sendKeys("bins", Keys.ENTER);
    awaitBotMessage(1);

    for (int i = 0; i < 6 && !"How do I report fraud?".equals(focused().getText()); i++) {
      keys(Keys.chord(Keys.SHIFT, Keys.TAB));
    }
    assertThat(focused().getTagName()).isEqualTo("button");
    keys(Keys.SPACE);

    assertThat(awaitBotMessage(2).findElement(By.tagName("h2")).getText())
        .isEqualTo("Reporting fraud");
  }

  @Test
  void aTypingIndicatorShowsWhileWaiting() {
    browser.findElement(By.id("message")).sendKeys("please answer slowly", Keys.ENTER);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("typing")));
    assertThat(browser.findElement(By.id("typing")).getText()).contains("writing an answer");
    awaitBotMessage(1);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("typing")));
  }

  @Test
  void markupTypedByTheUserIsShownAsText() {
    String hostile = "<img src=x onerror=\"document.title='owned'\"> <b>bold</b>";

    browser.findElement(By.id("message")).sendKeys(hostile, Keys.ENTER);

    WebElement reply = awaitBotMessage(1);
    assertThat(reply.getText()).contains("<img src=x");
    assertThat(browser.findElement(By.cssSelector("#log .msg.user")).getText()).isEqualTo(hostile);
    assertThat(browser.findElements(By.cssSelector("#log img, #log b"))).isEmpty();
    assertThat(browser.getTitle()).doesNotContain("owned");
  }

  @Test
  void thePageFitsAPhoneScreenAndEveryControlIsLabelled() {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.findElement(By.id("message")).sendKeys("How do I report fraud?", Keys.ENTER);
    awaitBotMessage(1);

    Object overflow =
        ((JavascriptExecutor) browser)
            .executeScript("return document.documentElement.scrollWidth > window.innerWidth + 1;");
    assertThat(overflow).isEqualTo(false);
    for (String id : List.of("message", "audience")) {
      assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']"))).hasSize(1);
    }
    assertThat(browser.findElement(By.id("log")).getAttribute("aria-live")).isEqualTo("polite");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en-GB");
  }
}
