package uk.socguide.app.admin.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Zips of content files as text, to change an exported release the way an editor would. */
public final class Zips {
  private Zips() {}

  /** Every file in the zip by name, as UTF-8 text. */
  public static Map<String, String> read(byte[] zip) {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  public static byte[] write(Map<String, String> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> f : files.entrySet()) {
        out.putNextEntry(new ZipEntry(f.getKey()));
        out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The files with {@code name} edited; fails when the edit changes nothing, so a test never
   * imports what it thinks is a change but is not.
   */
  public static Map<String, String> edit(
      Map<String, String> files, String name, UnaryOperator<String> edit) {
    String before = files.get(name);
    if (before == null) {
      throw new AssertionError("no " + name + " in " + files.keySet());
    }
    String after = edit.apply(before);
    if (after.equals(before)) {
      throw new AssertionError("the edit changed nothing in " + name + ":\n" + before);
    }
    Map<String, String> out = new LinkedHashMap<>(files);
    out.put(name, after);
    return out;
  }

  /** The 1-based number of the first line of {@code text} that contains {@code needle}. */
  public static int lineOf(String text, String needle) {
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(needle)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line holds " + needle + ":\n" + text);
  }
}
