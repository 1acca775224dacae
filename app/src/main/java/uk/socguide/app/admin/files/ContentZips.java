package uk.socguide.app.admin.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ImportResult;
import uk.socguide.content.files.ContentFileWriter;
import uk.socguide.content.store.Database;

/**
 * Content files (docs/content-format.md) in and out of the workspace as zips: a release exported,
 * and uploaded files imported as drafts, all or nothing, through the content store's own import.
 * Only plain {@code name.yaml} files are taken from an upload; folders in the zip are ignored.
 */
public final class ContentZips {
  public static final long MAX_BYTES = 4L * 1024 * 1024;
  private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]{1,40}\\.yaml");
  private static final int MAX_FILES = 40;

  private ContentZips() {}

  /** A file the upload may not hold, or an upload that is not a usable zip. */
  public static final class BadUpload extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadUpload(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** Release {@code number} as a zip of content files. */
  public static byte[] export(Database db, long number) {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The zip's content files by name. */
  public static Map<String, byte[]> unzip(byte[] body) {
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
        byte[] content = zip.readNBytes((int) (MAX_BYTES + 1));
        total += content.length;
        if (total > MAX_BYTES) {
          throw new BadUpload(
              413, "the content files are over " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        if (files.put(name, content) != null) {
          throw new BadUpload(400, "the zip holds " + name + " twice");
        }
        if (files.size() > MAX_FILES) {
          throw new BadUpload(400, "the zip holds too many files");
        }
      }
    } catch (ZipException ex) {
      throw new BadUpload(400, "that is not a readable zip file");
    } catch (IOException ex) {
      throw new BadUpload(400, "the zip file could not be read");
    }
    if (files.isEmpty()) {
      throw new BadUpload(400, "the zip holds no content files (name.yaml)");
    }
    return files;
  }

  /** A content file's name as given, checked. */
  public static String name(String name) {
    if (!FILE_NAME.matcher(name).matches()) {
      throw new BadUpload(
          400,
          "a content file is named like reporting.yaml, not " + name.replaceAll("[^ -~]", "?"));
    }
    return name;
  }

  /**
   * Imports the files as drafts by {@code author}, all or nothing.
   *
   * @throws uk.socguide.content.ValidationException naming file, line and field of every problem
   */
  public static ImportResult importFiles(Database db, Map<String, byte[]> files, String author) {
    Path dir;
    try {
      dir = Files.createTempDirectory("soc-guide-import");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Files.write(dir.resolve(name(f.getKey())), f.getValue());
      }
      return db.files().importFrom(dir, author);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try (Stream<Path> all = Files.walk(dir)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary folder left behind is removed with the system's temporary files
      }
    }
  }
}
