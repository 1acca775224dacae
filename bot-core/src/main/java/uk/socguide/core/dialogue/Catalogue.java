package uk.socguide.core.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Topic;
import uk.socguide.content.Urgency;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.markup.Markup;

/**
 * What the engine works out once per release rather than once per turn: the emergency route and
 * topic, the reporting menu, starter topics and the public phone numbers of the routes.
 */
final class Catalogue {
  static final String EMERGENCY_ROUTE = "emergency-999";
  static final String EMERGENCY_TOPIC = "report.emergency";
  static final String REPORT_OVERVIEW = "report.overview";
  static final String HELP_TOPIC = "smalltalk.help";
  // Preferred starting points when the release has them; otherwise the first topic of each
  // category is used.
  private static final List<String> STARTERS =
      List.of("role.nca", "council.what-councils-can-do", "council.councillors-role");
  private static final List<Category> STARTER_CATEGORIES =
      List.of(
          Category.ROLES,
          Category.COUNCIL_ACTION,
          Category.NCA_TRANSITION,
          Category.STRATEGY,
          Category.FACTS);
  private static final int MENU_SIZE = 10;
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr");
  private static final String FALLBACK_EMERGENCY_NUMBER = "999";

  private final Knowledge knowledge;
  private final Optional<ReportingRoute> emergencyRoute;
  private final Optional<Topic> emergencyTopic;
  private final List<Topic> reportingMenu;
  private final List<Topic> starters;
  private final Set<String> publicNumbers;
  private final Set<String> contentWords;
  // rendering is the same every time for a release, so each variant is rendered once
  private final Map<String, Markup> bodies = new ConcurrentHashMap<>();

  Catalogue(Knowledge knowledge) {
    this.knowledge = knowledge;
    ContentRelease release = knowledge.release();
    this.emergencyRoute = findEmergencyRoute(release);
    this.emergencyTopic = findEmergencyTopic(release);
    this.reportingMenu = reportingMenu(release, emergencyTopic);
    this.starters = starters(release);
    this.publicNumbers = publicNumbers(release);
    this.contentWords = contentWords(release);
  }

  Knowledge knowledge() {
    return knowledge;
  }

  ContentRelease release() {
    return knowledge.release();
  }

  Optional<ReportingRoute> emergencyRoute() {
    return emergencyRoute;
  }

  /** The emergency number as the release has it, or 999 when it has no emergency route. */
  String emergencyNumber() {
    return emergencyRoute
        .map(ReportingRoute::phone)
        .filter(p -> !p.isBlank())
        .orElse(FALLBACK_EMERGENCY_NUMBER);
  }

  /** The topic that says what to do in an emergency, if the release has one. */
  Optional<Topic> emergencyTopic() {
    return emergencyTopic;
  }

  Optional<Topic> reportOverview() {
    return release().topic(REPORT_OVERVIEW);
  }

  Optional<Topic> helpTopic() {
    return release().topic(HELP_TOPIC).filter(t -> t.category() == Category.SMALL_TALK);
  }

  /** Reporting topics by situation, the emergency first. */
  List<Topic> reportingMenu() {
    return reportingMenu;
  }

  /** Up to two in-scope topics to offer someone who does not know what to ask. */
  List<Topic> starters() {
    return starters;
  }

  /** The answer to the topic that best fits the reader, routes expanded, parsed. */
  Markup body(Topic topic, Audience audience, Jurisdiction where) {
    String key = topic.id() + '|' + audience + '|' + where;
    return bodies.computeIfAbsent(
        key,
        k -> {
          ContentRelease release = release();
          return Markup.parse(release.render(release.answerFor(topic, audience, where)));
        });
  }

  /** True when the digits are those of a route's phone, textphone or SMS number. */
  boolean isPublicNumber(String digits) {
    return publicNumbers.contains(digits);
  }

  /**
   * True when every word of a name found in a message also appears in the content ("Mr Farr", named
   * in the 2012 briefing): a public figure the assistant talks about, not a disclosure.
   */
  boolean isNamedInContent(String name) {
    boolean any = false;
    for (String word : Words.normalise(name).split(" ")) {
      if (word.isEmpty() || TITLES.contains(word)) {
        continue;
      }
      if (!contentWords.contains(word)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  private static Set<String> contentWords(ContentRelease release) {
    Set<String> words = new HashSet<>();
    for (Topic t : release.topics().values()) {
      addWords(words, t.title());
      t.examples().forEach(e -> addWords(words, e));
      t.answers().forEach(a -> addWords(words, a.markup()));
    }
    return Set.copyOf(words);
  }

  private static void addWords(Set<String> words, String text) {
    for (String w : Words.normalise(text).split(" ")) {
      if (w.length() > 1) {
        words.add(w);
      }
    }
  }

  private static Optional<ReportingRoute> findEmergencyRoute(ContentRelease release) {
    ReportingRoute named = release.routes().get(EMERGENCY_ROUTE);
    if (named != null) {
      return Optional.of(named);
    }
    return release.routes().values().stream()
        .filter(r -> r.urgency() == Urgency.EMERGENCY)
        .min(Comparator.comparing(ReportingRoute::id));
  }

  private static Optional<Topic> findEmergencyTopic(ContentRelease release) {
    Optional<Topic> named = release.topic(EMERGENCY_TOPIC);
    if (named.isPresent()) {
      return named;
    }
    String reference = "{route:" + EMERGENCY_ROUTE;
    return release.topics().values().stream()
        .filter(t -> t.category() == Category.REPORTING)
        .filter(t -> t.answers().stream().anyMatch(a -> a.markup().contains(reference)))
        .min(Comparator.comparing(Topic::id));
  }

  private static List<Topic> reportingMenu(ContentRelease release, Optional<Topic> emergency) {
    Set<Topic> menu = new LinkedHashSet<>();
    emergency.ifPresent(menu::add);
    release
        .topic(REPORT_OVERVIEW)
        .ifPresent(o -> o.related().forEach(id -> release.topic(id).ifPresent(menu::add)));
    release.topics().values().stream()
        .filter(t -> t.category() == Category.REPORTING)
        .sorted(Comparator.comparing(Topic::title))
        .forEach(menu::add);
    return menu.stream()
        .filter(t -> t.category() == Category.REPORTING && !t.id().equals(REPORT_OVERVIEW))
        .limit(MENU_SIZE)
        .toList();
  }

  private static List<Topic> starters(ContentRelease release) {
    List<Topic> out = new ArrayList<>();
    for (String id : STARTERS) {
      release.topic(id).filter(t -> out.size() < 2).ifPresent(out::add);
    }
    for (Category category : STARTER_CATEGORIES) {
      if (out.size() >= 2 || out.stream().anyMatch(t -> t.category() == category)) {
        continue;
      }
      release.topics().values().stream()
          .filter(t -> t.category() == category)
          .min(Comparator.comparing(Topic::id))
          .ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private static Set<String> publicNumbers(ContentRelease release) {
    Set<String> numbers = new HashSet<>();
    for (ReportingRoute r : release.routes().values()) {
      for (String n : List.of(r.phone(), r.textphone(), r.sms())) {
        String digits = PersonalDataGuard.nationalDigits(n);
        if (!digits.isEmpty()) {
          numbers.add(digits);
        }
      }
    }
    return Set.copyOf(numbers);
  }
}
