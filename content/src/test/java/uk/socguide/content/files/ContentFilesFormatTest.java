package uk.socguide.content.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.Topic;
import uk.socguide.content.ValidationException;
import uk.socguide.content.testing.SampleContent;

class ContentFilesFormatTest {

  private static ParsedContent parse(String file, String yaml) {
    return ContentFileReader.parse(Map.of(file, yaml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Problem> problems(String file, String yaml) {
    try {
      parse(file, yaml);
    } catch (ValidationException e) {
      return e.problems();
    }
    throw new AssertionError("expected problems in " + yaml);
  }

  private static Map<String, String> text(Map<String, byte[]> files) {
    Map<String, String> text = new TreeMap<>();
    files.forEach((k, v) -> text.put(k, new String(v, StandardCharsets.UTF_8)));
    return text;
  }

  @Test
  void writtenFilesReadBackAsTheSameContent() {
    ContentSet sample = SampleContent.small();
    Map<String, byte[]> files = ContentFileWriter.render(sample, "header");

    ContentSet read = ContentFileReader.parse(files).content();

    assertThat(read.items())
        .isEqualTo(
            ContentSet.ofItems(
                    sample.items().values().stream()
                        .map(uk.socguide.content.Canonical::item)
                        .toList())
                .items());
    assertThat(text(ContentFileWriter.render(read, "header"))).isEqualTo(text(files));
  }

  @Test
  void awkwardTextSurvivesARoundTrip() {
    List<String> awkward =
        List.of(
            "no",
            "yes",
            "null",
            "~",
            "0300 123 2040",
            "0800",
            "999",
            "- dash",
            "key: value",
            "a #hash",
            "#comment",
            "@at",
            "*star",
            "'quoted'",
            "\"double\"",
            "it's",
            "1e3",
            "2012",
            "true",
            "[x]",
            "{route:police-101}",
            "? question",
            "|pipe",
            "> gt",
            "%p",
            "café – naïve “quotes”");
    Topic topic =
        SampleContent.topic("report.awkward")
            .title(": colon first")
            .examples(awkward.toArray(String[]::new))
            .answer(
                "First paragraph with {route:report-fraud}.\n\n- bullet one\n- **bold** two\n\nLast: [link](https://example.org/a?b=c#d)")
            .source("Title: with colon", "para 4", "https://example.org", "Pub", "2013-10-07")
            .build();
    ContentSet set = SampleContent.set(topic);

    ContentSet read = ContentFileReader.parse(ContentFileWriter.render(set, "h")).content();

    assertThat(read.topics()).containsExactly(uk.socguide.content.Canonical.topic(topic));
  }

  @Test
  void theExamplesInTheFormatDocumentParse() throws Exception {
    String doc = Files.readString(Path.of("../docs/content-format.md"));
    List<String> blocks = new java.util.ArrayList<>();
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
            .matcher(doc);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSize(4);
    assertThat(parse("reporting.yaml", blocks.get(0)).content().topics()).hasSize(1);
    assertThat(parse("routes.yaml", blocks.get(1)).content().routes()).hasSize(1);
    assertThat(parse("lexicon.yaml", blocks.get(2)).content().lexicon()).hasSize(2);
    assertThat(parse("must-answer.yaml", blocks.get(3)).content().mustAnswer()).hasSize(1);
  }

  @Test
  void badYamlIsReportedWithItsLine() {
    List<Problem> problems = problems("routes.yaml", "routes:\n  - id: x\n    name: [unclosed\n");
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("routes.yaml");
              assertThat(p.line()).isGreaterThanOrEqualTo(3);
              assertThat(p.message()).startsWith("is not valid YAML");
            });
  }

  @Test
  void aValueOfTheWrongShapeIsReportedWithFileLineAndField() {
    String yaml =
        "topics:\n"
            + "  - id: report.x\n"
            + "    title: X\n"
            + "    examples: just one string\n"
            + "    answers:\n"
            + "      - audience: default\n"
            + "        text: [not, text]\n";
    assertThat(problems("reporting.yaml", yaml))
        .containsExactly(
            new Problem(
                ItemRef.topic("report.x"),
                "reporting.yaml",
                4,
                "topics[0].examples",
                "expected a list, found text"),
            new Problem(
                ItemRef.topic("report.x"),
                "reporting.yaml",
                7,
                "topics[0].answers[0].text",
                "expected text, found a list"));
  }

  @Test
  void anUnknownFieldIsReportedWithTheFieldsAllowed() {
    String yaml = "routes:\n  - id: x\n    name: X\n    fax: \"0123\"\n";
    assertThat(problems("routes.yaml", yaml))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(4);
              assertThat(p.field()).isEqualTo("routes[0].fax");
              assertThat(p.message())
                  .startsWith("unknown field 'fax'; expected one of id, name, phone");
            });
  }

  @Test
  void aMissingIdIsReported() {
    assertThat(problems("roles.yaml", "topics:\n  - title: No id\n"))
        .containsExactly(Problem.inFile("roles.yaml", 2, "topics[0].id", "is missing"));
  }

  @Test
  void aDuplicateIdIsReportedWhereverItIs() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put(
        "roles.yaml", "topics:\n  - id: role.x\n    title: A\n".getBytes(StandardCharsets.UTF_8));
    files.put(
        "facts.yaml",
        "topics:\n  - id: facts.y\n  - id: role.x\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ContentFileReader.parse(files))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.file()).isEqualTo("roles.yaml");
                          assertThat(p.line()).isEqualTo(2);
                          assertThat(p.message())
                              .isEqualTo("the topic 'role.x' is already at facts.yaml:3");
                        }));
  }

  @Test
  void aKeyTwiceInOneMappingIsReported() {
    assertThat(problems("routes.yaml", "routes:\n  - id: x\n    name: A\n    name: B\n"))
        .extracting(Problem::line, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                4, "appears twice in the same mapping (first on line 3)"));
  }

  @Test
  void badChoicesAndDatesAreReported() {
    String yaml =
        "topics:\n"
            + "  - id: report.x\n"
            + "    reviewBy: 28/11/2027\n"
            + "    answers:\n"
            + "      - audience: everyone\n"
            + "        jurisdiction: wales\n"
            + "        text: Hi\n";
    assertThat(problems("reporting.yaml", yaml))
        .extracting(Problem::line, Problem::field)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3, "topics[0].reviewBy"),
            org.assertj.core.groups.Tuple.tuple(5, "topics[0].answers[0].audience"),
            org.assertj.core.groups.Tuple.tuple(6, "topics[0].answers[0].jurisdiction"));
  }

  @Test
  void aFileMustHoldItsOneList() {
    assertThat(problems("routes.yaml", "topics:\n  - id: x\n"))
        .extracting(Problem::message)
        .containsExactly("must hold one field, 'routes:', followed by a list");
    assertThat(problems("routes.yaml", "routes: none\n"))
        .extracting(Problem::message)
        .containsExactly("expected a list, found text");
    assertThat(problems("routes.yaml", "routes:\n  - just text\n"))
        .extracting(Problem::message)
        .containsExactly("expected a mapping, found text");
  }

  @Test
  void problemsInEveryFileAreReportedTogether() {
    Map<String, byte[]> files = new TreeMap<>();
    files.put("roles.yaml", "topics:\n  - title: No id\n".getBytes(StandardCharsets.UTF_8));
    files.put("routes.yaml", "routes: [\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> ContentFileReader.parse(files))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::file)
                    .containsExactly("roles.yaml", "routes.yaml"));
  }

  @Test
  void anUnknownYamlFileInAFolderIsReported(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("rolse.yaml"), "topics: []\n");
    Files.writeString(dir.resolve("README.md"), "not content\n");
    assertThatThrownBy(() -> ContentFileReader.read(dir))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.file()).isEqualTo("rolse.yaml");
                          assertThat(p.message()).startsWith("is not a content file");
                        }));
  }

  @Test
  void emptyFilesAndEmptyListsHoldNothing() {
    assertThat(parse("roles.yaml", "").content().topics()).isEmpty();
    assertThat(parse("roles.yaml", "topics: []\n").content().topics()).isEmpty();
    assertThat(parse("roles.yaml", "topics:\n").content().topics()).isEmpty();
  }

  @Test
  void theHashIdentifiesTheExactFiles() {
    String a = parse("roles.yaml", "topics: []\n").hash();
    assertThat(parse("roles.yaml", "topics: []\n").hash()).isEqualTo(a);
    assertThat(parse("roles.yaml", "topics: [] \n").hash()).isNotEqualTo(a);
  }
}
