package uk.socguide.content.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Canonical;
import uk.socguide.content.Category;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
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

  /** Builds a valid topic; in-scope categories get a default source unless given one. */
  public static final class TopicBuilder {
    private final String id;
    private String title;
    private Category category = Category.REPORTING;
    private final List<String> examples = new ArrayList<>();
    private final List<String> related = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private boolean noSources;
    private String owner = "community-safety";
    private LocalDate lastReviewed = LAST_REVIEWED;
    private LocalDate reviewBy = REVIEW_BY;

    private TopicBuilder(String id) {
      this.id = id;
      this.title = id;
    }

    public TopicBuilder title(String title) {
      this.title = title;
      return this;
    }

    public TopicBuilder category(Category category) {
      this.category = category;
      return this;
    }

    public TopicBuilder examples(String... examples) {
      this.examples.addAll(List.of(examples));
      return this;
    }

    public TopicBuilder related(String... ids) {
      this.related.addAll(List.of(ids));
      return this;
    }

    /** The default answer (everyone, everywhere). */
    public TopicBuilder answer(String markup) {
      return answer(Audience.DEFAULT, null, markup);
    }

    public TopicBuilder answer(Audience audience, Jurisdiction jurisdiction, String markup) {
      answers.add(new Answer(audience, jurisdiction, markup));
      return this;
    }

    public TopicBuilder source(
        String title, String locator, String url, String publisher, String date) {
      sources.add(new Source(title, locator, url, publisher, date));
      return this;
    }

    public TopicBuilder noSources() {
      this.noSources = true;
      return this;
    }

    public TopicBuilder owner(String owner) {
      this.owner = owner;
      return this;
    }

    public TopicBuilder reviewed(LocalDate lastReviewed, LocalDate reviewBy) {
      this.lastReviewed = lastReviewed;
      this.reviewBy = reviewBy;
      return this;
    }

    public Topic build() {
      List<String> ex = examples.isEmpty() ? List.of("tell me about " + id) : examples;
      List<Answer> an =
          answers.isEmpty() ? List.of(new Answer(Audience.DEFAULT, null, title + ".")) : answers;
      List<Source> src =
          !sources.isEmpty() || noSources
              ? sources
              : List.of(
                  new Source(
                      "Test briefing",
                      "para 1",
                      "https://www.example.org/briefing",
                      "Tests",
                      "2012"));
      return new Topic(
          id,
          title,
          category,
          ex,
          related,
          an,
          src,
          owner,
          lastReviewed,
          reviewBy,
          TopicStatus.DRAFT,
          0);
    }
  }

  /** Builds a valid reporting route: available in every jurisdiction unless told otherwise. */
  public static final class RouteBuilder {
    private final String id;
    private String name;
    private String phone = "";
    private String textphone = "";
    private String sms = "";
    private String web = "";
    private String hours = "";
    private Set<Jurisdiction> jurisdictions = EnumSet.allOf(Jurisdiction.class);
    private String whenToUse;
    private Urgency urgency = Urgency.SPECIALIST;
    private final List<RouteRedirect> redirects = new ArrayList<>();

    private RouteBuilder(String id) {
      this.id = id;
      this.name = id;
      this.whenToUse = "When " + id + " is the right place.";
    }

    public RouteBuilder name(String name) {
      this.name = name;
      return this;
    }

    public RouteBuilder phone(String phone) {
      this.phone = phone;
      return this;
    }

    public RouteBuilder textphone(String textphone) {
      this.textphone = textphone;
      return this;
    }

    public RouteBuilder sms(String sms) {
      this.sms = sms;
      return this;
    }

    public RouteBuilder web(String web) {
      this.web = web;
      return this;
    }

    public RouteBuilder hours(String hours) {
      this.hours = hours;
      return this;
    }

    public RouteBuilder jurisdictions(Jurisdiction... js) {
      this.jurisdictions = EnumSet.copyOf(List.of(js));
      return this;
    }

    public RouteBuilder whenToUse(String whenToUse) {
      this.whenToUse = whenToUse;
      return this;
    }

    public RouteBuilder urgency(Urgency urgency) {
      this.urgency = urgency;
      return this;
    }

    public RouteBuilder redirect(String what, String routeId) {
      redirects.add(new RouteRedirect(what, routeId));
      return this;
    }

    public ReportingRoute build() {
      return new ReportingRoute(
          id,
          name,
          phone,
          textphone,
          sms,
          web,
          hours,
          jurisdictions,
          whenToUse,
          urgency,
          redirects);
    }
  }
}
