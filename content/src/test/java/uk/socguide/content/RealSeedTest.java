package uk.socguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.socguide.content.files.ContentFileReader;
import uk.socguide.content.files.ParsedContent;
import uk.socguide.content.store.ContentFiles;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;
import uk.socguide.content.validation.Validator;

/** The seed knowledge base in {@code src/main/resources/seed} as shipped. */
class RealSeedTest {
  private static final ParsedContent SEED =
      ContentFileReader.readClasspath(
          RealSeedTest.class.getClassLoader(), ContentFiles.SEED_FOLDER);

  @Test
  void theSeedIsValidEvenHeldToTodaysReviewDates() {
    Set<ItemRef> everything = SEED.content().items().keySet();
    assertThat(SEED.locate(Validator.validate(SEED.content(), everything, LocalDate.now())))
        .isEmpty();
  }

  @Test
  void theSeedLoadsAndIsPublishedAsReleaseOne() {
    try (Database db = TestDatabases.inMemory()) {
      SeedResult result = db.files().loadSeed();
      assertThat(result.outcome()).isEqualTo(SeedResult.Outcome.PUBLISHED);
      ContentRelease live = db.content().published();
      assertThat(live.number()).isEqualTo(1);
      assertThat(live.topics()).hasSize(SEED.content().topics().size());
      assertThat(live.routes()).hasSize(SEED.content().routes().size());
      assertThat(live.mustAnswer()).hasSize(SEED.content().mustAnswer().size());
      for (Topic t : live.topics().values()) {
        assertThat(live.render(live.answerFor(t, Audience.DEFAULT, null)))
            .as(t.id())
            .doesNotContain("{route:");
      }
    }
  }

  @Test
  void theSeedMeetsTheKnowledgeBaseBrief() {
    var inScope = SEED.content().topics().stream().filter(t -> t.category().inScope()).toList();
    assertThat(inScope).hasSizeGreaterThanOrEqualTo(40);
    for (Topic t : inScope) {
      assertThat(t.examples()).as(t.id() + " examples").hasSizeGreaterThanOrEqualTo(12);
      assertThat(t.sources()).as(t.id() + " sources").isNotEmpty();
    }
    for (Category c : Category.values()) {
      assertThat(SEED.content().topics()).as(c.slug()).anyMatch(t -> t.category() == c);
    }
  }

  @Test
  void everyInScopeTopicHasAMustAnswerQuestion() {
    Set<String> covered =
        new java.util.HashSet<>(
            SEED.content().mustAnswer().stream().map(RegressionQuestion::expectedTopic).toList());
    assertThat(SEED.content().topics().stream().filter(t -> t.category().inScope()))
        .allMatch(t -> covered.contains(t.id()), "has a must-answer question");
  }

  @Test
  void theSeedSurvivesExportAndImport(@TempDir Path dir) {
    try (Database db = TestDatabases.inMemory();
        Database other = TestDatabases.inMemory()) {
      db.files().loadSeed();
      db.files().export(dir);
      other.files().importFrom(dir, "alice");
      assertThat(ContentFileReader.read(dir).content().items()).isEqualTo(SEED.content().items());
      assertThat(stripped(ContentSet.of(other.content().workingCopy())))
          .isEqualTo(stripped(SEED.content()));
    }
  }

  /** Items by reference, topics without the store's status and version. */
  private static java.util.Map<ItemRef, Object> stripped(ContentSet set) {
    java.util.Map<ItemRef, Object> items = new java.util.HashMap<>();
    set.items()
        .forEach(
            (ref, v) ->
                items.put(
                    ref,
                    v instanceof Topic t
                        ? new Topic(
                            t.id(),
                            t.title(),
                            t.category(),
                            t.examples(),
                            t.related(),
                            t.answers(),
                            t.sources(),
                            t.owner(),
                            t.lastReviewed(),
                            t.reviewBy(),
                            null,
                            0)
                        : v));
    return items;
  }
}
