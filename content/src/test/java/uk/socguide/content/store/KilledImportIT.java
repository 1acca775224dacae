package uk.socguide.content.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.AuditQuery;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ImportResult;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;

/**
 * A writer killed in the middle of an import (a separate JVM, destroyed forcibly while its
 * transaction is open and partly on disk) leaves the previous release intact and nothing
 * half-imported.
 */
class KilledImportIT {

  @TempDir Path dir;

  @Test
  void killingAWriterMidImportLeavesThePreviousReleaseIntact() throws Exception {
    Path base = dir.resolve("db").resolve("soc-guide");
    Path files = dir.resolve("import");
    ContentSet before;
    try (Database db = Database.builder().h2File(base).clock(TestDatabases.CLOCK).open()) {
      TestDatabases.publish(db, SampleContent.small());
      before = Edits.content(db.content().published());
      db.files().export(files);
    }
    int changed = changeEveryTitleAndRoute(files);

    Process writer =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ImportWriter.class.getName(),
                base.toString(),
                files.toString(),
                Integer.toString(changed / 2))
            .redirectErrorStream(true)
            .start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null && !line.equals(ImportWriter.MIDWAY)) {
        output.add(line);
      }
      assertThat(line).as("writer output: %s", output).isEqualTo(ImportWriter.MIDWAY);
      writer.destroyForcibly();
      assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
    } finally {
      writer.destroyForcibly();
    }

    try (Database db = Database.builder().h2File(base).clock(TestDatabases.CLOCK).open()) {
      assertThat(db.content().published().number()).isEqualTo(1);
      assertThat(Edits.content(db.content().published())).isEqualTo(before);
      assertThat(Edits.content(db.content().workingCopy())).isEqualTo(before);
      assertThat(db.drafts().pendingChanges()).isEmpty();
      assertThat(db.audit().query(AuditQuery.all().actor("importer"))).isEmpty();

      ImportResult again = db.files().importFrom(files, "importer");
      assertThat(again.drafted()).hasSize(changed);
    }
  }

  /** Changes every topic title and route name in the exported files; returns how many items. */
  private static int changeEveryTitleAndRoute(Path files) throws Exception {
    int count = 0;
    for (Path file : Files.list(files).toList()) {
      String text = Files.readString(file);
      String changed =
          text.replaceAll("(?m)^    title: (.*)$", "    title: $1 (edited)")
              .replaceAll("(?m)^    name: (.*)$", "    name: $1 (edited)");
      count += (changed.length() - text.length()) / " (edited)".length();
      Files.writeString(file, changed);
    }
    assertThat(count).isGreaterThan(4);
    return count;
  }
}
