package uk.socguide.app.admin.api;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.JsonOut;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ImportResult;
import uk.socguide.content.ItemRef;
import uk.socguide.content.files.ContentFileWriter;
import uk.socguide.content.store.Database;

/**
 * Import and export in the content-file format (docs/content-format.md): a release as a zip of the
 * YAML files, and a zip of YAML files (or a JSON object of file names and texts) imported as
 * drafts, all or nothing.
 */
final class FilesApi {
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]{1,40}\\.yaml");
  private static final int MAX_FILES = 40;
  private static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Database db;

  FilesApi(Database db) {
    this.db = db;
  }

  void exportLive(Context ctx, Principal who) throws IOException {
    export(ctx, db.content().published().number());
  }

  void exportRelease(Context ctx, Principal who) throws IOException {
    long number;
    try {
      number = Long.parseLong(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw Refusal.notFound("there is no such release");
    }
    export(ctx, number);
  }

  private void export(Context ctx, long number) throws IOException {
    ContentRelease release = db.content().release(number);
    Map<String, byte[]> files =
        ContentFileWriter.render(
            ContentSet.of(release),
            "SOC Guide content release "
                + number
                + ".\nFormat: docs/content-format.md in the SOC Guide repository.");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }
    ctx.status(200);
    ctx.contentType("application/zip");
    ctx.header(
        "Content-Disposition", "attachment; filename=\"soc-guide-release-" + number + ".zip\"");
    ctx.result(bytes.toByteArray());
  }

  /**
   * {@code POST /import}: a zip of content files ({@code application/zip}), or {@code {"files":
   * {"reporting.yaml": "..."}}} as JSON. Every file is checked first; then every changed item
   * becomes a draft by the caller. 422 lists every problem with its file, line and field.
   */
  void importFiles(Context ctx, Principal who) throws IOException {
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    Map<String, byte[]> files;
    if (type.startsWith("application/zip")) {
      files = unzip(ctx.bodyAsBytes());
    } else if (type.startsWith("application/json")) {
      files = new LinkedHashMap<>();
      Map<?, ?> body = ApiSupport.body(ctx, Map.class);
      if (!(body.get("files") instanceof Map<?, ?> named) || body.size() != 1) {
        throw Refusal.badRequest("send {\"files\": {\"name.yaml\": \"text\", ...}}");
      }
      for (Map.Entry<?, ?> e : named.entrySet()) {
        if (!(e.getValue() instanceof String text)) {
          throw Refusal.badRequest("each file's content must be text");
        }
        files.put(name(e.getKey().toString()), text.getBytes(StandardCharsets.UTF_8));
      }
    } else {
      throw new Refusal(
          415, "send a zip (application/zip) or JSON (application/json) of content files");
    }
    if (files.isEmpty()) {
      throw Refusal.badRequest("no content files were sent");
    }
    Path dir = Files.createTempDirectory("soc-guide-import");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(dir.resolve(f.getKey()), f.getValue());
      }
      ImportResult result = db.files().importFrom(dir, who.name());
      JsonOut.write(
          ctx,
          200,
          ApiSupport.map(
              "drafted", result.drafted().stream().map(ItemRef::toString).toList(),
              "unchanged", result.unchanged()));
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** The zip's YAML files by name; folders inside it are ignored, other files refused. */
  private static Map<String, byte[]> unzip(byte[] body) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body))) {
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null) {
        if (e.isDirectory()) {
          continue;
        }
        String base = e.getName().substring(e.getName().lastIndexOf('/') + 1);
        if (!base.endsWith(".yaml")) {
          continue;
        }
        String name = name(base);
        byte[] content = zip.readNBytes((int) Math.min(MAX_BYTES + 1, Integer.MAX_VALUE));
        total += content.length;
        if (total > MAX_BYTES) {
          throw new Refusal(413, "the content files are over " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (files.put(name, content) != null) {
          throw Refusal.badRequest("the zip holds " + name + " twice");
        }
        if (files.size() > MAX_FILES) {
          throw Refusal.badRequest("too many files");
        }
      }
    } catch (java.util.zip.ZipException ex) {
      throw Refusal.badRequest("the body is not a readable zip file");
    }
    return files;
  }

  private static String name(String name) {
    if (!FILE_NAME.matcher(name).matches()) {
      throw Refusal.badRequest(
          "a content file is named like reporting.yaml, not " + name.replaceAll("[^ -~]", "?"));
    }
    return name;
  }
}
