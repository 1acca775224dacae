package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.files.ContentZips;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.content.ImportResult;
import uk.socguide.content.ItemRef;
import uk.socguide.content.store.Database;

/**
 * Import and export in the content-file format (docs/content-format.md): a release as a zip of the
 * YAML files, and a zip of YAML files (or a JSON object of file names and texts) imported as
 * drafts, all or nothing.
 */
final class FilesApi {
  private final Database db;

  FilesApi(Database db) {
    this.db = db;
  }

  void exportLive(Context ctx, Principal who) {
    export(ctx, db.content().published().number());
  }

  void exportRelease(Context ctx, Principal who) {
    long number;
    try {
      number = Long.parseLong(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw Refusal.notFound("there is no such release");
    }
    export(ctx, number);
  }

  private void export(Context ctx, long number) {
    byte[] zip = ContentZips.export(db, number);
    ctx.status(200);
    ctx.contentType("application/zip");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"soc-guide-release-" + number + ".zip\"");
    ctx.result(zip);
  }

  /**
   * {@code POST /import}: a zip of content files ({@code application/zip}), or {@code {"files":
   * {"reporting.yaml": "..."}}} as JSON. Every file is checked first; then every changed item
   * becomes a draft by the caller. 422 lists every problem with its file, line and field.
   */
  void importFiles(Context ctx, Principal who) {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    Map<String, byte[]> files;
    try {
      if (type.startsWith("application/zip")) {
        files = ContentZips.unzip(ctx.bodyAsBytes());
      } else if (type.startsWith("application/json")) {
        files = new LinkedHashMap<>();
        Map<?, ?> body = ApiSupport.body(ctx, Map.class);
        if (!(body.get("files") instanceof Map<?, ?> named)
            || body.size() != 1
            || named.isEmpty()) {
          throw Refusal.badRequest("send {\"files\": {\"name.yaml\": \"text\", ...}}");
        }
        for (Map.Entry<?, ?> e : named.entrySet()) {
          if (!(e.getValue() instanceof String text)) {
            throw Refusal.badRequest("each file's content must be text");
          }
          files.put(ContentZips.name(e.getKey().toString()), text.getBytes(StandardCharsets.UTF_8));
        }
      } else {
        throw new Refusal(
            415, "send a zip (application/zip) or JSON (application/json) of content files");
      }
    } catch (ContentZips.BadUpload e) {
      throw new Refusal(e.status(), e.getMessage());
    }
    ImportResult result = ContentZips.importFiles(db, files, who.name());
    JsonOut.write(
        ctx,
        200,
        ApiSupport.map(
            "drafted", result.drafted().stream().map(ItemRef::toString).toList(),
            "unchanged", result.unchanged()));
  }
}
