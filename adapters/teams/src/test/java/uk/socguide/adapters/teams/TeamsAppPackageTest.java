package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamsAppPackageTest {
  @TempDir Path dir;

  private static Map<String, String> settings() {
    Map<String, String> m = new HashMap<>();
    m.put("MicrosoftAppId", "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    m.put("TeamsDeveloperName", "Example Borough Council");
    m.put("TeamsWebsiteUrl", "https://www.example.gov.uk/soc-guide");
    m.put("TeamsPrivacyUrl", "https://www.example.gov.uk/privacy");
    m.put("TeamsTermsOfUseUrl", "https://www.example.gov.uk/terms");
    m.put("TeamsAccentColor", "#1f4e79");
    return m;
  }

  private Map<String, byte[]> writeAndRead() throws Exception {
    Path zip = dir.resolve("soc-guide-teams.zip");
    TeamsAppPackage.write(TeamsPackageSettings.from(settings()::get), zip);
    Map<String, byte[]> entries = new HashMap<>();
    try (ZipFile file = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(file.entries())) {
        entries.put(e.getName(), file.getInputStream(e).readAllBytes());
      }
    }
    return entries;
  }

  @Test
  void zipHoldsExactlyTheManifestAndTwoIconsAtItsRoot() throws Exception {
    assertThat(writeAndRead()).containsOnlyKeys("manifest.json", "color.png", "outline.png");
    assertThat(dir.toFile().list()).containsExactly("soc-guide-teams.zip");
  }

  @Test
  void manifestHasEveryFieldSchema125Requires() throws Exception {
    JsonNode m = new ObjectMapper().readTree(writeAndRead().get("manifest.json"));

    for (String field :
        List.of(
            "manifestVersion",
            "version",
            "id",
            "developer",
            "name",
            "description",
            "icons",
            "accentColor")) {
      assertThat(m.has(field)).as(field).isTrue();
    }
    assertThat(Double.parseDouble(m.path("manifestVersion").asText())).isGreaterThanOrEqualTo(1.25);
    assertThat(m.path("$schema").asText()).contains("v" + m.path("manifestVersion").asText());
    assertThat(m.path("version").asText()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(m.path("id").asText()).isEqualTo("0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    assertThat(m.path("developer").path("name").asText()).isEqualTo("Example Borough Council");
    for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
      assertThat(m.path("developer").path(url).asText()).startsWith("https://");
    }
    assertThat(m.path("name").path("short").asText()).hasSizeLessThanOrEqualTo(30);
    assertThat(m.path("description").path("short").asText()).hasSizeLessThanOrEqualTo(80);
    assertThat(m.path("description").path("full").asText()).isNotBlank();
    assertThat(m.path("icons").path("color").asText()).isEqualTo("color.png");
    assertThat(m.path("icons").path("outline").asText()).isEqualTo("outline.png");
    assertThat(m.path("accentColor").asText()).matches("#[0-9A-F]{6}");

    JsonNode bot = m.path("bots").get(0);
    assertThat(bot.path("botId").asText()).isEqualTo(m.path("id").asText());
    assertThat(texts(bot.path("scopes")))
        .containsExactlyInAnyOrder("personal", "team", "groupChat");
    for (JsonNode list : bot.path("commandLists")) {
      List<String> titles = new ArrayList<>();
      list.path("commands").forEach(c -> titles.add(c.path("title").asText()));
      assertThat(titles).containsExactly("help", "report", "NCA", "roles");
      list.path("commands").forEach(c -> assertThat(c.path("description").asText()).isNotBlank());
    }
    assertThat(bot.path("commandLists")).hasSize(3);
  }

  @Test
  void colourIconIs192SquareAndOpaque() throws Exception {
    BufferedImage color = ImageIO.read(new ByteArrayInputStream(writeAndRead().get("color.png")));
    assertThat(color.getWidth()).isEqualTo(192);
    assertThat(color.getHeight()).isEqualTo(192);
    assertThat(color.getRGB(0, 0)).isEqualTo(0xFF1F4E79);
    assertThat(color.getRGB(96, 70) >>> 24).isEqualTo(0xFF);
  }

  @Test
  void outlineIconIs32SquareWhiteOnTransparent() throws Exception {
    BufferedImage outline =
        ImageIO.read(new ByteArrayInputStream(writeAndRead().get("outline.png")));
    assertThat(outline.getWidth()).isEqualTo(32);
    assertThat(outline.getHeight()).isEqualTo(32);
    assertThat(outline.getColorModel().hasAlpha()).isTrue();
    int transparent = 0;
    int drawn = 0;
    for (int y = 0; y < 32; y++) {
      for (int x = 0; x < 32; x++) {
        int argb = outline.getRGB(x, y);
        int alpha = argb >>> 24;
        if (alpha == 0) {
          transparent++;
        } else {
          drawn++;
          assertThat(argb & 0xFFFFFF).as("pixel %d,%d is white", x, y).isEqualTo(0xFFFFFF);
        }
      }
    }
    assertThat(transparent).isGreaterThan(400);
    assertThat(drawn).isGreaterThan(60);
  }

  @Test
  void missingOrBadSettingsAreNamed() {
    Map<String, String> m = settings();
    m.remove("TeamsPrivacyUrl");
    assertThatThrownBy(() -> TeamsPackageSettings.from(m::get))
        .isInstanceOf(TeamsSettingsException.class)
        .hasMessageStartingWith("TeamsPrivacyUrl: ");

    Map<String, String> http = settings();
    http.put("TeamsWebsiteUrl", "http://www.example.gov.uk");
    assertThatThrownBy(() -> TeamsPackageSettings.from(http::get))
        .hasMessageStartingWith("TeamsWebsiteUrl: ");

    Map<String, String> colour = settings();
    colour.put("TeamsAccentColor", "blue");
    assertThatThrownBy(() -> TeamsPackageSettings.from(colour::get))
        .hasMessageStartingWith("TeamsAccentColor: ");

    Map<String, String> longName = settings();
    longName.put("TeamsAppName", "x".repeat(31));
    assertThatThrownBy(() -> TeamsPackageSettings.from(longName::get))
        .hasMessageStartingWith("TeamsAppName: ");

    Map<String, String> noApp = settings();
    noApp.remove("MicrosoftAppId");
    assertThatThrownBy(() -> TeamsPackageSettings.from(noApp::get))
        .hasMessageStartingWith("MicrosoftAppId: ");
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
