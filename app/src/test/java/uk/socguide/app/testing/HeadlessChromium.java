package uk.socguide.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver with a fresh profile. The
 * explicit browser and driver keep Selenium Manager from looking for (or fetching) either, and the
 * flags keep Chromium off the network it would otherwise try to reach at start.
 */
public final class HeadlessChromium implements AutoCloseable {
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  private final Path profile;
  private final ChromeDriverService service;
  private final WebDriver browser;

  private HeadlessChromium(int width, int height) throws IOException {
    assertThat(new File(CHROMIUM))
        .as("install with: apt-get install -y chromium chromium-driver")
        .canRead();
    assertThat(new File(CHROMEDRIVER))
        .as("install with: apt-get install -y chromium chromium-driver")
        .canRead();
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
        "--window-size=" + width + "," + height,
        "--user-data-dir=" + profile);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
  }

  /** Starts a browser with a window of the given size. */
  public static HeadlessChromium start(int width, int height) throws IOException {
    return new HeadlessChromium(width, height);
  }

  public WebDriver browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.quit();
    service.stop();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
