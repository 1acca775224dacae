package uk.socguide.core.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Topic;
import uk.socguide.content.Urgency;

/**
 * A small content release for dialogue tests: fifteen topics (reporting routes, roles, the NCA,
 * strategy, facts, council action, small talk and out of scope), seven reporting routes and a
 * lexicon with the UK nations. Facts as in the project's content brief.
 */
public final class SampleContent {
  public static final LocalDate REVIEWED = LocalDate.of(2026, 11, 28);
  private static final Instant PUBLISHED = Instant.parse("2026-11-28T09:00:00Z");
  private static final Set<Jurisdiction> UK =
      Set.of(Jurisdiction.ENGLAND_AND_WALES, Jurisdiction.SCOTLAND, Jurisdiction.NORTHERN_IRELAND);

  private SampleContent() {}

  /** The sample release, number 1. */
  public static ContentRelease release() {
    return new ContentRelease(
        1, PUBLISHED, byId(SampleTopics.all()), routes(), lexicon(), List.of());
  }

  /** The release with one topic's default answer replaced, as number {@code number}. */
  public static ContentRelease withDefaultAnswer(
      ContentRelease base, long number, String topicId, String markup) {
    Map<String, Topic> topics = new HashMap<>(base.topics());
    Topic t = topics.get(topicId);
    List<Answer> answers = new ArrayList<>();
    for (Answer a : t.answers()) {
      boolean isDefault = a.audience() == Audience.DEFAULT && a.jurisdiction() == null;
      answers.add(isDefault ? new Answer(Audience.DEFAULT, null, markup) : a);
    }
    topics.put(topicId, copy(t, answers));
    return new ContentRelease(
        number, PUBLISHED, topics, base.routes(), base.lexicon(), base.mustAnswer());
  }

  /** The release with an overview of which reporting route to use ({@code report.overview}). */
  public static ContentRelease withReportOverview() {
    ContentRelease base = release();
    Map<String, Topic> topics = new HashMap<>(base.topics());
    topics.put("report.overview", SampleTopics.reportOverview());
    return new ContentRelease(3, PUBLISHED, topics, base.routes(), base.lexicon(), List.of());
  }

  /** The release with neither the 999 route nor the emergency topic that references it. */
  public static ContentRelease withoutEmergencyRoute() {
    ContentRelease base = release();
    Map<String, Topic> topics = new HashMap<>(base.topics());
    topics.remove("report.emergency");
    Map<String, ReportingRoute> routes = new HashMap<>(base.routes());
    routes.remove("emergency-999");
    return new ContentRelease(2, PUBLISHED, topics, routes, base.lexicon(), List.of());
  }

  private static Map<String, ReportingRoute> routes() {
    List<ReportingRoute> routes =
        List.of(
            new ReportingRoute(
                "emergency-999",
                "Police emergency (999)",
                "999",
                "18000",
                "999 (only if registered with emergencySMS)",
                "",
                "",
                UK,
                "A crime in progress or someone in immediate danger.",
                Urgency.EMERGENCY,
                List.of(new RouteRedirect("Anything that is not happening now", "police-101"))),
            new ReportingRoute(
                "police-101",
                "Police non-emergency (101)",
                "101",
                "18001 101",
                "",
                "",
                "",
                UK,
                "Reporting to the local police when no one is in immediate danger.",
                Urgency.NON_EMERGENCY,
                List.of()),
            new ReportingRoute(
                "crimestoppers",
                "Crimestoppers",
                "0800 555 111",
                "",
                "",
                "https://crimestoppers-uk.org",
                "",
                UK,
                "Passing on information anonymously.",
                Urgency.ANONYMOUS,
                List.of()),
            new ReportingRoute(
                "report-fraud",
                "Report Fraud",
                "0300 123 2040",
                "",
                "",
                "https://www.reportfraud.police.uk",
                "",
                Set.of(Jurisdiction.ENGLAND_AND_WALES, Jurisdiction.NORTHERN_IRELAND),
                "Fraud and cyber crime in England, Wales and Northern Ireland.",
                Urgency.SPECIALIST,
                List.of(new RouteRedirect("Fraud in Scotland", "police-101"))),
            new ReportingRoute(
                "modern-slavery-helpline",
                "Modern Slavery & Exploitation Helpline",
                "08000 121 700",
                "",
                "",
                "https://www.modernslaveryhelpline.org",
                "24 hours",
                UK,
                "Concerns about modern slavery and trafficking.",
                Urgency.SPECIALIST,
                List.of()),
            new ReportingRoute(
                "ceop-safety-centre",
                "CEOP Safety Centre (National Crime Agency)",
                "",
                "",
                "",
                "https://www.ceop.police.uk/safety-centre/",
                "",
                UK,
                "Online child sexual abuse or grooming.",
                Urgency.SPECIALIST,
                List.of()),
            new ReportingRoute(
                "council-safeguarding",
                "Your council's children's services or safeguarding team",
                "",
                "",
                "",
                "",
                "",
                UK,
                "Any concern that a child is at risk of harm.",
                Urgency.SPECIALIST,
                List.of()));
    Map<String, ReportingRoute> byId = new LinkedHashMap<>();
    routes.forEach(r -> byId.put(r.id(), r));
    return byId;
  }

  private static List<LexiconConcept> lexicon() {
    return List.of(
        concept("scotland", "nation", "scotland", "scottish"),
        concept("england-and-wales", "nation", "england", "wales", "welsh"),
        concept("northern-ireland", "nation", "northern ireland", "ni"),
        concept("nca", "agency", "nca", "national crime agency"),
        new LexiconConcept(
            "soca", "agency", List.of("soca", "serious organised crime agency"), "nca"),
        new LexiconConcept("action-fraud", "agency", List.of("action fraud"), "report-fraud"),
        concept("report-fraud", "agency", "report fraud"),
        concept("crimestoppers", "agency", "crimestoppers"),
        concept("fraud", "crime", "fraud", "scam", "scammed", "phishing", "cyber crime"),
        concept(
            "modern-slavery", "crime", "modern slavery", "trafficking", "forced labour", "slavery"),
        concept("child-exploitation", "crime", "grooming", "groomed", "child exploitation"),
        concept("drugs", "crime", "drugs", "drug dealing", "county lines"),
        concept("councillor", "audience", "councillor", "cllr", "elected member"),
        concept("frontline", "audience", "frontline", "front line", "housing officer"));
  }

  private static Topic copy(Topic t, List<Answer> answers) {
    return new Topic(
        t.id(),
        t.title(),
        t.category(),
        t.examples(),
        t.related(),
        answers,
        t.sources(),
        t.owner(),
        t.lastReviewed(),
        t.reviewBy(),
        t.status(),
        t.version() + 1);
  }

  private static LexiconConcept concept(String id, String type, String... synonyms) {
    return new LexiconConcept(id, type, List.of(synonyms), null);
  }

  private static Map<String, Topic> byId(List<Topic> topics) {
    Map<String, Topic> out = new LinkedHashMap<>();
    topics.forEach(t -> out.put(t.id(), t));
    return out;
  }
}
