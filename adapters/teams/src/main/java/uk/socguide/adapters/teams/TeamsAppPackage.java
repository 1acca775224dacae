package uk.socguide.adapters.teams;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the Teams app package {@code ./bot teams package OUT.zip} writes: {@code manifest.json}
 * (app manifest schema 1.25) with the bot in personal, team and group chat scopes and its command
 * list, plus {@code color.png} (192x192) and {@code outline.png} (32x32, white on transparent).
 * Upload the zip in Teams (Apps, Manage your apps, Upload an app) or through the Teams admin
 * centre.
 */
public final class TeamsAppPackage {
  static final String MANIFEST_VERSION = "1.25";
  static final String SCHEMA =
      "https://developer.microsoft.com/json-schemas/teams/v1.25/MicrosoftTeams.schema.json";

  /** The commands Teams offers under the compose box: title and what it does. */
  static final List<String[]> COMMANDS =
      List.of(
          new String[] {"help", "What I can answer, and my limits"},
          new String[] {"report", "How to report a concern, by situation"},
          new String[] {"NCA", "What the National Crime Agency does and when it is involved"},
          new String[] {"roles", "Who does what: council, police, NCA and partners"});

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TeamsAppPackage() {}

  /**
   * Writes the package to {@code zip}, replacing it if it exists; a failure leaves no partial file.
   *
   * @throws IOException when the file cannot be written (the parent folder must exist)
   */
  public static void write(TeamsPackageSettings settings, Path zip) throws IOException {
    Path target = zip.toAbsolutePath();
    Path temp = Files.createTempFile(target.getParent(), ".teams-package", ".zip");
    try {
      try (OutputStream file = Files.newOutputStream(temp);
          ZipOutputStream out = new ZipOutputStream(file)) {
        entry(out, "manifest.json", JSON.writeValueAsBytes(manifest(settings)));
        entry(out, "color.png", TeamsIcons.color(settings.accentColor()));
        entry(out, "outline.png", TeamsIcons.outline());
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  static ObjectNode manifest(TeamsPackageSettings s) {
    ObjectNode m = JSON.createObjectNode();
    m.put("$schema", SCHEMA);
    m.put("manifestVersion", MANIFEST_VERSION);
    m.put("version", s.version());
    m.put("id", s.appId());
    ObjectNode developer = m.putObject("developer");
    developer.put("name", s.developerName());
    developer.put("websiteUrl", s.websiteUrl().toString());
    developer.put("privacyUrl", s.privacyUrl().toString());
    developer.put("termsOfUseUrl", s.termsOfUseUrl().toString());
    ObjectNode name = m.putObject("name");
    name.put("short", s.shortName());
    name.put("full", s.fullName());
    ObjectNode description = m.putObject("description");
    description.put("short", s.shortDescription());
    description.put("full", s.longDescription());
    ObjectNode icons = m.putObject("icons");
    icons.put("color", "color.png");
    icons.put("outline", "outline.png");
    m.put("accentColor", s.accentColor().toUpperCase(Locale.ROOT));

    ObjectNode bot = m.putArray("bots").addObject();
    bot.put("botId", s.appId());
    bot.putArray("scopes").add("personal").add("team").add("groupChat");
    bot.put("isNotificationOnly", false);
    bot.put("supportsFiles", false);
    ArrayNode lists = bot.putArray("commandLists");
    for (String scope : List.of("personal", "team", "groupChat")) {
      ObjectNode list = lists.addObject();
      list.putArray("scopes").add(scope);
      ArrayNode commands = list.putArray("commands");
      for (String[] c : COMMANDS) {
        commands.addObject().put("title", c[0]).put("description", c[1]);
      }
    }
    return m;
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
