package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.socguide.app.admin.testing.LiveApp;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.app.testing.HeadlessChromium;
import uk.socguide.content.Topic;

/**
 * The editors' workflow end to end in real headless Chromium (Debian's chromium and chromedriver;
 * nothing is downloaded), on the whole application over the real seed: an editor changes the Report
 * Fraud answer and submits it; an approver approves and publishes it; the browser chat at {@code /}
 * then gives the new answer without a restart. A change that would break intent detection is
 * refused with its reasons on the page. Forms are filled and sent with the keyboard.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserIT {
  private static final String NEW_SENTENCE =
      "Report Fraud now answers its phone line around the clock.";

  private static LiveApp app;
  private static HeadlessChromium chromium;
  private static WebDriver browser;
  private WebDriverWait wait;

  @BeforeAll
  static void start() throws IOException {
    app = LiveApp.startWithShippedFloors();
    chromium = HeadlessChromium.start(1200, 1000);
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
  void waits() {
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
    browser.manage().deleteAllCookies();
  }

  @Test
  @Order(1)
  void anEditorsChangeApprovedAndPublishedByAnotherIsWhatTheBrowserChatAnswers() {
    String before = ask("How do I report fraud?");
    assertThat(before).contains("Report Fraud").doesNotContain(NEW_SENTENCE);

    signIn("erin");
    go("/admin/topics");
    type(By.id("q"), "fraud");
    press(By.xpath("//form[@role='search']//button[normalize-space()='Filter']"));
    press(By.partialLinkText("Reporting fraud and cyber crime"));
    press(By.linkText("Edit"));
    WebElement answer = browser.findElement(By.id("a0-markup"));
    answer.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n\n" + NEW_SENTENCE);
    type(By.id("reason"), "Report Fraud's new opening hours");
    press(By.xpath("//button[normalize-space()='Preview in every channel']"));
    wait.until(d -> !d.findElements(By.id("previews")).isEmpty());
    assertThat(browser.findElement(By.cssSelector(".chat-message")).getText())
        .contains(NEW_SENTENCE);
    // the browser chat, Teams and Telegram previews, each the channel's own rendering
    List<WebElement> channels =
        browser.findElements(By.cssSelector("#previews + section .preview"));
    assertThat(channels).hasSize(3);
    for (WebElement channel : channels) {
      assertThat(channel.getText()).contains(NEW_SENTENCE);
    }
    press(By.xpath("//button[normalize-space()='Save draft']"));
    assertThat(flash()).contains("Saved as a draft");
    press(By.xpath("//button[normalize-space()='Submit for review']"));
    assertThat(flash()).contains("Submitted topic report.fraud for review");
    assertThat(browser.findElements(By.xpath("//button[normalize-space()='Approve']"))).isEmpty();
    signOut();

    signIn("arthur");
    go("/admin/changes");
    assertThat(browser.findElement(By.id("topic-report.fraud")).getText()).contains(NEW_SENTENCE);
    press(By.xpath("//button[normalize-space()='Approve topic report.fraud']"));
    assertThat(flash()).contains("Approved topic report.fraud");
    go("/admin/publish");
    type(By.id("note"), "New Report Fraud hours");
    press(By.xpath("//button[normalize-space()='Publish']"));
    wait.until(d -> d.getCurrentUrl().endsWith("/admin/releases"));
    assertThat(flash()).contains("Published release 2. It is live now");

    assertThat(ask("How do I report fraud?")).contains(NEW_SENTENCE);
    assertThat(app.db().content().published().number()).isEqualTo(2);
  }

  @Test
  @Order(2)
  void aChangeThatBreaksIntentDetectionIsRefusedWithItsReasonsShown() {
    Topic nca = app.db().content().published().topic("role.nca").orElseThrow();
    List<String> borrowed = nca.examples().stream().map(e -> e + " fraud").toList();

    signIn("erin");
    go("/admin/topics/report.fraud/edit");
    WebElement examples = browser.findElement(By.id("examples"));
    examples.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    examples.sendKeys(String.join("\n", borrowed));
    type(By.id("reason"), "examples reworded");
    press(By.xpath("//button[normalize-space()='Save draft']"));
    assertThat(flash()).contains("Saved as a draft");
    press(By.xpath("//button[normalize-space()='Submit for review']"));
    signOut();

    signIn("arthur");
    go("/admin/changes");
    press(By.xpath("//button[normalize-space()='Approve topic report.fraud']"));
    go("/admin/publish");
    press(By.xpath("//button[normalize-space()='Publish']"));
    WebElement refused = wait.until(d -> d.findElement(By.id("refused")));
    assertThat(refused.getText())
        .contains("Not published", "Nothing was changed")
        .containsPattern("is below the floor of");
    assertThat(browser.findElement(By.tagName("table")).getText()).contains("Top-1 accuracy");
    assertThat(app.db().content().published().number()).isEqualTo(2);
    assertThat(ask("How do I report fraud?")).contains(NEW_SENTENCE);
  }

  private String ask(String question) {
    go("/");
    WebElement box = browser.findElement(By.id("message"));
    int before = browser.findElements(By.cssSelector("#log .msg.bot:not(.intro)")).size();
    box.sendKeys(question, Keys.ENTER);
    wait.until(d -> d.findElements(By.cssSelector("#log .msg.bot:not(.intro)")).size() > before);
    List<WebElement> answers = browser.findElements(By.cssSelector("#log .msg.bot:not(.intro)"));
    return answers.get(answers.size() - 1).getText();
  }

  private void signIn(String name) {
    go("/admin/login");
    type(By.id("name"), name);
    WebElement password = browser.findElement(By.id("password"));
    password.sendKeys(WorkspaceServer.PASSWORD, Keys.ENTER);
    wait.until(d -> d.getCurrentUrl().endsWith("/admin"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Dashboard");
  }

  private void signOut() {
    press(By.xpath("//button[normalize-space()='Sign out']"));
    wait.until(d -> d.getCurrentUrl().contains("/admin/login"));
  }

  private void go(String path) {
    browser.get(app.base() + path);
  }

  private void type(By field, String text) {
    WebElement e = browser.findElement(field);
    e.clear();
    e.sendKeys(text);
  }

  /** Activates a link or button from the keyboard: focus it, then Enter. */
  private void press(By target) {
    WebElement e = wait.until(d -> d.findElement(target));
    WebElement page = browser.findElement(By.tagName("html"));
    e.sendKeys(Keys.ENTER);
    wait.until(d -> gone(page));
  }

  /**
   * Whether the page an element belongs to has been replaced. Chromium sometimes reports an element
   * of a page being unloaded as "does not belong to the document" rather than as stale; both mean
   * the next page is loading.
   */
  private static boolean gone(WebElement element) {
    try {
      element.isEnabled();
      return false;
    } catch (WebDriverException e) {
      return true;
    }
  }

  private String flash() {
    return wait.until(d -> d.findElement(By.cssSelector(".flash, .problems"))).getText();
  }
}
