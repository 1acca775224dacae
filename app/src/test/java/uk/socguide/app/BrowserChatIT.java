package uk.socguide.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.socguide.app.metrics.Metrics;
import uk.socguide.app.metrics.TurnMetrics;
import uk.socguide.app.testing.HeadlessChromium;
import uk.socguide.app.wiring.Application;
import uk.socguide.app.wiring.SeededAssistant;
import uk.socguide.core.UserIds;

/**
 * The browser chat in real headless Chromium (Debian's chromium and chromedriver; nothing is
 * downloaded), used with the keyboard only.
 */
class BrowserChatIT {

  private static Application app;
  private static HeadlessChromium chromium;
  private static WebDriver browser;
  private static String base;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    Metrics metrics = new Metrics();
    app =
        Application.start(
            "127.0.0.1",
            0,
            SeededAssistant.open(new TurnMetrics(metrics.registry())),
            new UserIds(SeededAssistant.USER_ID_KEY),
            metrics);
    base = "http://127.0.0.1:" + app.port();
    chromium = HeadlessChromium.start(1024, 900);
    browser = chromium.browser();
  }

  @AfterAll
  static void stop() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (app != null) {
      app.close();
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

    wait.until(d -> !d.findElements(By.cssSelector("#log .msg.bot .sources a")).isEmpty());
    WebElement answer =
        browser.findElement(By.xpath("//div[contains(@class,'bot')][.//div[@class='sources']]"));
    assertThat(answer.getText()).containsIgnoringCase("fraud");
    WebElement source = answer.findElement(By.cssSelector(".sources a"));
    assertThat(source.getAttribute("href")).startsWith("https://");
    assertThat(source.getAttribute("rel")).isEqualTo("noopener noreferrer");
    assertThat(source.getAttribute("target")).isEqualTo("_blank");
    assertThat(answer.findElement(By.cssSelector(".reviewed")).getText())
        .matches("Last reviewed \\d{1,2} [A-Z][a-z]+ \\d{4}");
    assertThat(browser.findElement(By.cssSelector("#log .msg.user")).getText())
        .isEqualTo("How do I report fraud?");
    assertThat(focused().getAttribute("id")).isEqualTo("message");

    // back from the question box through the answer's buttons to its source link
    String sourceTitle = source.getText();
    for (int i = 0; i < 12 && !sourceTitle.equals(focused().getText()); i++) {
      keys(Keys.chord(Keys.SHIFT, Keys.TAB));
    }
    assertThat(focused().getTagName()).isEqualTo("a");
    assertThat(focused().getText()).isEqualTo(sourceTitle);

    // forward to "Helpful" and press it
    for (int i = 0; i < 10 && !"Helpful".equals(focused().getText()); i++) {
      keys(Keys.TAB);
    }
    assertThat(focused().getText()).isEqualTo("Helpful");
    int before = botMessages().size();
    keys(Keys.ENTER);

    awaitBotMessage(before + 1);
    assertThat(browser.findElements(By.cssSelector("#log .msg.user")).get(1).getText())
        .isEqualTo("Helpful");
    assertThat(answer.findElements(By.cssSelector(".feedback button")))
        .allSatisfy(b -> assertThat(b.isEnabled()).isFalse());
  }

  @Test
  void aSuggestionPickedWithTheKeyboardIsSentAsTheNextQuestion() {
    browser.findElement(By.id("message")).sendKeys("hello", Keys.ENTER);
    awaitBotMessage(1);
    wait.until(d -> !d.findElements(By.cssSelector("#log .choices button")).isEmpty());
    List<WebElement> choices = browser.findElements(By.cssSelector("#log .choices button"));
    String last = choices.get(choices.size() - 1).getText();

    for (int i = 0; i < 12 && !last.equals(focused().getText()); i++) {
      keys(Keys.chord(Keys.SHIFT, Keys.TAB));
    }
    assertThat(focused().getTagName()).isEqualTo("button");
    int before = botMessages().size();
    keys(Keys.SPACE);

    awaitBotMessage(before + 1);
    List<WebElement> asked = browser.findElements(By.cssSelector("#log .msg.user"));
    assertThat(asked.get(asked.size() - 1).getText()).isEqualTo(last);
  }

  @Test
  void aTypingIndicatorShowsWhileWaiting() {
    // hold every answer back for a moment, so the indicator can be seen
    ((JavascriptExecutor) browser)
        .executeScript(
            "const send = window.fetch;"
                + "window.fetch = (...a) => new Promise(r => setTimeout(r, 1500))"
                + ".then(() => send(...a));");
    browser.findElement(By.id("message")).sendKeys("what is the NCA?", Keys.ENTER);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("typing")));
    assertThat(browser.findElement(By.id("typing")).getText()).contains("writing an answer");
    assertThat(browser.findElement(By.id("send")).isEnabled()).isFalse();
    awaitBotMessage(1);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("typing")));
  }

  @Test
  void markupTypedByTheUserIsShownAsText() {
    String hostile = "<img src=x onerror=\"document.title='owned'\"> <b>bold</b>";

    browser.findElement(By.id("message")).sendKeys(hostile, Keys.ENTER);

    awaitBotMessage(1);
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
