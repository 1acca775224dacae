package uk.socguide.content.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.Audience;
import uk.socguide.content.Canonical;
import uk.socguide.content.Category;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.Urgency;

/**
 * Small, valid content for tests: builders for topics and routes with sensible defaults, and a
 * ready-made set. Everything built here passes the store's validation unless a test makes it fail
 * on purpose.
 *
 * <pre>{@code
 * Topic fraud = SampleContent.topic("report.fraud")
 *     .examples("how do i report fraud", "who do i tell about a scam")
 *     .answer("Report it to {route:report-fraud}.")
 *     .build();
 * ContentRelease release = SampleContent.release(fraud, SampleContent.route("report-fraud").build());
 * }</pre>
 */
public final class SampleContent {
  /** The default review dates: reviewed before the fixed test clock, due long after it. */
  public static final LocalDate LAST_REVIEWED = LocalDate.of(2026, 6, 1);

  public static final LocalDate REVIEW_BY = LocalDate.of(2027, 11, 28);

  private SampleContent() {}

  public static TopicBuilder topic(String id) {
    return new TopicBuilder(id);
  }

  public static RouteBuilder route(String id) {
    return new RouteBuilder(id);
  }

  public static LexiconConcept concept(String id, String type, String... synonyms) {
    return new LexiconConcept(id, type, List.of(synonyms), null);
  }

  public static RegressionQuestion mustAnswer(String question, String topicId) {
    return new RegressionQuestion(question, topicId);
  }

  /** A set of topics, routes, concepts and questions given in any order. */
  public static ContentSet set(Object... items) {
    return ContentSet.ofItems(List.of(items));
  }

  /** A release (number 0, not stored) holding the items, as the dialogue engine reads it. */
  public static ContentRelease release(Object... items) {
    ContentSet set = set(items);
    return new ContentRelease(
        0,
        Instant.parse("2026-11-28T12:00:00Z"),
        set.topics().stream()
            .map(Canonical::topic)
            .collect(java.util.stream.Collectors.toMap(Topic::id, t -> t)),
        set.routes().stream()
            .map(Canonical::route)
            .collect(java.util.stream.Collectors.toMap(ReportingRoute::id, r -> r)),
        set.lexicon(),
        set.mustAnswer());
  }

  /**
   * A small complete set: three routes, three in-scope topics (one with a Scotland variant and a
   * councillor variant), a greeting and an out-of-scope topic, two concepts and a must-answer
   * question.
   */
  public static ContentSet small() {
    return set(
        route("emergency-999")
            .name("Police emergency (999)")
            .phone("999")
            .textphone("18000")
            .urgency(Urgency.EMERGENCY)
            .build(),
        route("police-101")
            .name("Police non-emergency (101)")
            .phone("101")
            .urgency(Urgency.NON_EMERGENCY)
            .redirect("A crime in progress", "emergency-999")
            .build(),
        route("report-fraud")
            .name("Report Fraud")
            .phone("0300 123 2040")
            .web("https://www.reportfraud.police.uk")
            .jurisdictions(Jurisdiction.ENGLAND_AND_WALES, Jurisdiction.NORTHERN_IRELAND)
            .redirect("Fraud in Scotland", "police-101")
            .build(),
        topic("report.fraud")
            .title("Reporting fraud and cyber crime")
            .examples(
                "how do i report fraud",
                "someone scammed a resident online who do they tell",
                "where do I report a cyber crime")
            .related("report.emergency")
            .answer("Report fraud and cyber crime to {route:report-fraud}.")
            .answer(
                Audience.DEFAULT,
                Jurisdiction.SCOTLAND,
                "In Scotland, report fraud to Police Scotland on {route:police-101.phone}.")
            .build(),
        topic("report.emergency")
            .title("Emergencies")
            .examples("someone is in danger right now", "a crime is happening now")
            .answer("Call {route:emergency-999} now.")
            .build(),
        topic("role.nca")
            .title("The National Crime Agency")
            .category(Category.ROLES)
            .examples("what does the nca do", "who are the national crime agency")
            .answer("The NCA leads the UK's fight against serious and organised crime.")
            .answer(
                Audience.COUNCILLOR,
                null,
                "The NCA leads national work; councils work with it through local partnerships.")
            .build(),
        topic("smalltalk.greeting")
            .title("Greeting")
            .category(Category.SMALL_TALK)
            .examples("hello", "hi there")
            .answer("Hello. Ask me about serious and organised crime.")
            .noSources()
            .build(),
        topic("out-of-scope.bins")
            .title("Bins")
            .category(Category.OUT_OF_SCOPE)
            .examples("when are my bins collected")
            .answer("I can't help with bins. Ask your council.")
            .noSources()
            .build(),
        concept("nca", "agency", "nca", "national crime agency"),
        new LexiconConcept("soca", "agency", List.of("soca"), "nca"),
        mustAnswer("how do I report a scam", "report.fraud"));
  }

  /**
   * A valid generated set the size of the seed knowledge base, for benchmarks: {@code topics}
   * topics with {@code examples} example questions and four answer variants each (default,
   * councillor, frontline, Scotland), ten routes, one concept and two must-answer questions per
   * topic.
   */
  public static ContentSet generated(int topics, int examples) {
    List<Object> items = new ArrayList<>();
    for (int r = 0; r < 10; r++) {
      items.add(
          route("route-" + r)
              .name("Route " + r)
              .phone("0800 000 00" + r)
              .web("https://www.example.org/route/" + r)
              .hours("24 hours")
              .build());
    }
    Category[] categories = Category.values();
    for (int t = 0; t < topics; t++) {
      String id = "generated.topic-" + t;
      String[] qs = new String[examples];
      for (int e = 0; e < examples; e++) {
        qs[e] = "question number " + e + " about generated subject " + t + " asked by someone";
      }
      String body =
          "Paragraph one about subject "
              + t
              + " explains who does what and why it matters to councils and residents.\n\n"
              + "- call {route:route-"
              + (t % 10)
              + "}\n- or use {route:route-"
              + ((t + 1) % 10)
              + ".web}\n\nSee [the guidance](https://www.example.org/guidance/"
              + t
              + ") for **more**.";
      items.add(
          topic(id)
              .title("Generated subject " + t)
              .category(categories[t % categories.length])
              .examples(qs)
              .related("generated.topic-" + ((t + 1) % topics))
              .answer(body)
              .answer(Audience.COUNCILLOR, null, "For councillors: " + body)
              .answer(Audience.FRONTLINE, null, "For frontline staff: " + body)
              .answer(Audience.DEFAULT, Jurisdiction.SCOTLAND, "In Scotland: " + body)
              .build());
      items.add(concept("concept-" + t, "crime", "generated term " + t, "another term " + t));
      items.add(mustAnswer("must answer " + t + " first way", id));
      items.add(mustAnswer("must answer " + t + " second way", id));
    }
    return ContentSet.ofItems(items);
  }
}
