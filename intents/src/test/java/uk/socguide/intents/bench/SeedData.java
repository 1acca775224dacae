package uk.socguide.intents.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import uk.socguide.intents.LexiconEntry;
import uk.socguide.intents.TrainingExample;
import uk.socguide.intents.TrainingSet;

/**
 * The seed content's files read straight from {@code content/src/main/resources/seed} (or the
 * folder named by {@code -Dseed.dir}), so benchmarks run on realistic data without depending on the
 * content module.
 */
final class SeedData {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private SeedData() {}

  static Path folder() {
    return Path.of(System.getProperty("seed.dir", "content/src/main/resources/seed"));
  }

  static TrainingSet trainingSet() {
    List<TrainingExample> examples = new ArrayList<>();
    Set<String> outOfScope = new TreeSet<>();
    List<LexiconEntry> lexicon = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder())) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".yaml")
            || name.equals("routes.yaml")
            || name.equals("must-answer.yaml")) {
          continue;
        }
        JsonNode doc = YAML.readTree(file.toFile());
        if (name.equals("lexicon.yaml")) {
          for (JsonNode c : doc.path("concepts")) {
            List<String> synonyms = new ArrayList<>();
            c.path("synonyms").forEach(s -> synonyms.add(s.asText()));
            lexicon.add(
                new LexiconEntry(
                    c.path("id").asText(),
                    c.path("type").asText(),
                    synonyms,
                    c.hasNonNull("successor") ? c.get("successor").asText() : null));
          }
          continue;
        }
        for (JsonNode topic : doc.path("topics")) {
          String id = topic.path("id").asText();
          if (name.equals("out-of-scope.yaml")) {
            outOfScope.add(id);
          }
          topic.path("examples").forEach(e -> examples.add(new TrainingExample(id, e.asText())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the seed content in " + folder().toAbsolutePath(), e);
    }
    if (examples.isEmpty()) {
      throw new IllegalStateException("no seed examples in " + folder().toAbsolutePath());
    }
    return new TrainingSet(examples, lexicon, outOfScope);
  }

  /**
   * Questions as people type them, none of them an example: clear, misspelt, long, out of scope and
   * junk, so the benchmark pays for every branch of the pipeline.
   */
  static final List<String> QUESTIONS =
      List.of(
          "what does the national crime agency actually do",
          "who do i tell about a scam, a resident lost £2,000",
          "what happened to SOCA?",
          "how do i reprot traffiking at a car wash",
          "a tenant's flat has been taken over by dealers, what can housing do",
          "when did the nca start",
          "is there a number for modern slavery",
          "I'm a councillor in Wales - what can the council do about county lines?",
          "someone is being threatened outside right now",
          "what are the four ps",
          "how much does organised crime cost the uk each year",
          "when are my bins collected",
          "tell me a joke",
          "hello",
          "thanks, that's really helpful",
          "cuckoing",
          "where can a deaf person report a crime, they cannot use the phone and need a textphone or "
              + "some other way to get hold of the police quickly because something is going on",
          "\uD83D\uDE00\uD83D\uDE00",
          "Привет",
          "0800 555 111");
}
