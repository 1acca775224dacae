package uk.socguide.content.files;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.socguide.content.Canonical;
import uk.socguide.content.Category;
import uk.socguide.content.ContentSet;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;

/**
 * Writes content as the folder of files {@link ContentFileReader} reads: reading what was written
 * gives the same content back. Every content file is written, empty ones included, so that an
 * export never leaves an older file behind to be imported by mistake.
 */
public final class ContentFileWriter {
  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
          .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private ContentFileWriter() {}

  /** Writes every content file into {@code dir} (created if missing), replacing older ones. */
  public static void write(ContentSet set, Path dir, String header) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> file : render(set, header).entrySet()) {
        Path target = dir.resolve(file.getKey());
        Path tmp = dir.resolve(file.getKey() + ".tmp");
        Files.write(tmp, file.getValue());
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write content files to " + dir, e);
    }
  }

  /** The files' bytes by name, each starting with {@code header} as a comment. */
  public static Map<String, byte[]> render(ContentSet set, String header) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        ContentFileReader.ROUTES,
        file(
            header,
            "routes",
            set.routes().stream()
                .map(Canonical::route)
                .sorted(Comparator.comparing(ReportingRoute::id))
                .map(r -> (Object) r)
                .toList()));
    files.put(
        ContentFileReader.LEXICON,
        file(
            header,
            "concepts",
            set.lexicon().stream()
                .map(Canonical::concept)
                .sorted(Comparator.comparing(LexiconConcept::id))
                .map(c -> (Object) c)
                .toList()));
    files.put(
        ContentFileReader.MUST_ANSWER,
        file(
            header,
            "questions",
            set.mustAnswer().stream()
                .map(Canonical::question)
                .sorted(
                    Comparator.comparing(RegressionQuestion::expectedTopic)
                        .thenComparing(q -> Canonical.question(q.question())))
                .map(q -> (Object) q)
                .toList()));
    for (Category c : Category.values()) {
      files.put(
          ContentFileReader.categoryFile(c),
          file(
              header,
              "topics",
              set.topics().stream()
                  .filter(t -> t.category() == c)
                  .map(Canonical::topic)
                  .sorted(Comparator.comparing(Topic::id))
                  .map(t -> (Object) t)
                  .toList()));
    }
    return files;
  }

  private static byte[] file(String header, String key, List<Object> items) {
    StringBuilder text = new StringBuilder();
    if (header != null && !header.isBlank()) {
      for (String line : header.strip().split("\n")) {
        text.append("# ").append(line).append('\n');
      }
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(key, items.stream().map(FileShapes::shape).toList());
    try {
      text.append(YAML.writeValueAsString(root));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("content could not be written as YAML", e);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
