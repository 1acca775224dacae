package uk.socguide.content.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.Problem;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TopicBuilder;

class ValidatorTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private static final ItemRef TOPIC = ItemRef.topic("report.test");

  /** The sample content plus one more item; returns its problems. */
  private static List<Problem> with(Object item) {
    return with(item, Set.of());
  }

  private static List<Problem> with(Object item, Set<ItemRef> datesChecked) {
    List<Object> items = new ArrayList<>(SampleContent.small().items().values());
    items.add(item);
    return Validator.validate(ContentSet.ofItems(items), datesChecked, TODAY);
  }

  private static TopicBuilder topic() {
    return SampleContent.topic("report.test").examples("a question only this topic has");
  }

  @Test
  void theSampleContentIsValid() {
    assertThat(Validator.validate(SampleContent.small(), Set.of(), TODAY)).isEmpty();
  }

  @Test
  void anUnknownRouteReferenceIsReported() {
    assertThat(with(topic().answer("Call {route:nowhere}.").build()))
        .containsExactly(
            Problem.of(TOPIC, "answers[0].text", "unknown route 'nowhere' in {route:nowhere}"));
    assertThat(with(topic().answer("Call {route:nowhere.phone}.").build()))
        .extracting(Problem::message)
        .containsExactly("unknown route 'nowhere' in {route:nowhere.phone}");
  }

  @Test
  void aMalformedRouteReferenceIsReported() {
    assertThat(with(topic().answer("Call {route:police-101.fax} or {route:Police-101}.").build()))
        .extracting(Problem::message)
        .allMatch(m -> m.startsWith("malformed route reference"))
        .hasSize(2);
  }

  @Test
  void anUnknownRelatedTopicIsReported() {
    assertThat(with(topic().related("report.nowhere").build()))
        .containsExactly(Problem.of(TOPIC, "related[0]", "no topic has id 'report.nowhere'"));
  }

  @Test
  void aTopicCannotRelateToItselfOrToMoreThanFour() {
    assertThat(with(topic().related("report.test").build()))
        .extracting(Problem::message)
        .containsExactly("a topic cannot be related to itself");
    assertThat(
            with(
                topic()
                    .related(
                        "report.fraud",
                        "report.emergency",
                        "role.nca",
                        "smalltalk.greeting",
                        "out-of-scope.bins")
                    .build()))
        .extracting(Problem::field)
        .containsExactly("related");
  }

  @Test
  void inScopeTopicsNeedASourceButSmallTalkDoesNot() {
    assertThat(with(topic().noSources().build()))
        .containsExactly(Problem.of(TOPIC, "sources", "needs at least one source"));
    assertThat(
            with(
                SampleContent.topic("smalltalk.thanks")
                    .category(Category.SMALL_TALK)
                    .examples("thanks")
                    .noSources()
                    .build()))
        .isEmpty();
  }

  @Test
  void anAnswerOverOneHundredAndTwentyWordsAfterRouteExpansionIsReported() {
    String words115 = "word ".repeat(115).strip();
    assertThat(with(topic().answer(words115).build())).isEmpty();
    // {route:report-fraud} expands to its name, number and web address: 8 more words
    List<Problem> problems = with(topic().answer(words115 + " {route:report-fraud}").build());
    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.field()).isEqualTo("answers[0].text");
              assertThat(p.message()).startsWith("122 words once route details are filled in");
            });
  }

  @Test
  void linkAddressesAndMarkupDoNotCountAsWords() {
    String words119 = "word ".repeat(119).strip();
    assertThat(
            with(
                topic().answer("**" + words119 + "** [more](https://www.example.org/a/b)").build()))
        .isEmpty();
  }

  @Test
  void theSameExampleUnderTwoTopicsIsReportedOnBothIgnoringCasePunctuationAndSpaces() {
    List<Problem> problems = with(topic().examples("How do I  report FRAUD?").build());
    assertThat(problems)
        .extracting(Problem::item, Problem::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                ItemRef.topic("report.fraud"),
                "'how do i report fraud' is also an example question of report.test"),
            org.assertj.core.groups.Tuple.tuple(
                TOPIC, "'How do I  report FRAUD?' is also an example question of report.fraud"));
  }

  @Test
  void anExampleRepeatedWithinATopicIsReported() {
    assertThat(with(topic().examples("A question only this topic has!").build()))
        .containsExactly(Problem.of(TOPIC, "examples[1]", "repeats examples[0]"));
  }

  @Test
  void aPassedReviewDateIsReportedOnlyForTheItemsBeingChanged() {
    Topic stale = topic().reviewed(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 11, 27)).build();
    assertThat(with(stale)).isEmpty();
    assertThat(with(stale, Set.of(TOPIC)))
        .containsExactly(
            Problem.of(
                TOPIC,
                "reviewBy",
                "2026-11-27 has passed: check the topic is still right and set a later date"));
    Topic dueToday = topic().reviewed(LocalDate.of(2025, 1, 1), TODAY).build();
    assertThat(with(dueToday, Set.of(TOPIC))).isEmpty();
  }

  @Test
  void malformedAddressesAreReportedWherever() {
    assertThat(with(topic().source("Doc", "", "www.example.org", "P", "2013").build()))
        .extracting(Problem::field)
        .containsExactly("sources[0].url");
    assertThat(with(topic().answer("See [this](ftp://example.org/x).").build()))
        .extracting(Problem::message)
        .containsExactly("link 'ftp://example.org/x' is not an http or https address");
    assertThat(with(topic().answer("See [this](https:///nohost).").build())).hasSize(1);
    assertThat(with(SampleContent.route("bad-web").web("http//example.org").build()))
        .extracting(Problem::field)
        .containsExactly("web");
    assertThat(Urls.valid("https://www.reportfraud.police.uk/report?x=1")).isTrue();
    assertThat(Urls.valid("https://exa mple.org")).isFalse();
    assertThat(Urls.valid("javascript:alert(1)")).isFalse();
  }

  @Test
  void aMissingDefaultAnswerIsReported() {
    assertThat(
            with(
                topic()
                    .answer(Audience.COUNCILLOR, null, "For councillors.")
                    .answer(Audience.DEFAULT, Jurisdiction.SCOTLAND, "In Scotland.")
                    .build()))
        .containsExactly(
            Problem.of(
                TOPIC, "answers", "needs a default answer (audience default, no jurisdiction)"));
  }

  @Test
  void twoAnswersForTheSameAudienceAndJurisdictionAreReported() {
    assertThat(with(topic().answer("One.").answer("Two.").build()))
        .extracting(Problem::field)
        .containsExactly("answers[1]");
  }

  @Test
  void badIdsAreReported() {
    assertThat(with(SampleContent.topic("Report Fraud").examples("unique words here").build()))
        .extracting(Problem::field)
        .containsExactly("id");
    assertThat(with(SampleContent.route("Police_101").build()))
        .extracting(Problem::field)
        .containsExactly("id");
    assertThat(with(new LexiconConcept("A.B", "agency", List.of("ab"), null)))
        .extracting(Problem::field)
        .containsExactly("id");
  }

  @Test
  void inScopeTopicsNeedATitleOwnerAndReviewDates() {
    Topic bare =
        new Topic(
            "report.test",
            "",
            Category.REPORTING,
            List.of("unique words here"),
            List.of(),
            topic().build().answers(),
            topic().build().sources(),
            "",
            null,
            null,
            null,
            0);
    assertThat(with(bare))
        .extracting(Problem::field)
        .containsExactlyInAnyOrder("title", "owner", "lastReviewed", "reviewBy");
  }

  @Test
  void routesMustRedirectToKnownRoutesAndNameWhereTheyApply() {
    ReportingRoute r =
        new ReportingRoute(
            "bad-route",
            "Bad",
            "",
            "",
            "",
            "",
            "",
            Set.of(),
            "",
            null,
            List.of(new uk.socguide.content.RouteRedirect("", "nowhere")));
    assertThat(with(r))
        .extracting(Problem::field)
        .containsExactlyInAnyOrder(
            "jurisdictions", "urgency", "whenToUse", "doesNotTake[0].what", "doesNotTake[0].route");
  }

  @Test
  void conceptsAndMustAnswerQuestionsAreChecked() {
    assertThat(with(new LexiconConcept("ncis", "bodies", List.of(), "nowhere")))
        .extracting(Problem::field)
        .containsExactlyInAnyOrder("type", "synonyms", "successor");
    assertThat(with(SampleContent.mustAnswer("what is cuckooing", "report.cuckooing")))
        .containsExactly(
            Problem.of(
                ItemRef.question("what is cuckooing"),
                "topic",
                "no topic has id 'report.cuckooing'"));
  }

  @Test
  void theSameIdTwiceIsReported() {
    assertThat(with(SampleContent.topic("role.nca").examples("yet another question").build()))
        .extracting(Problem::field)
        .contains("id");
  }
}
