package uk.socguide.content;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one way content is tidied before it is compared, stored or validated: trimmed text, Unix line
 * ends, no trailing spaces in answers, empty strings rather than nulls. Tidying never hides a fault
 * that validation should report (a blank title stays blank).
 */
public final class Canonical {
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019`]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \t]+$", Pattern.MULTILINE);

  private Canonical() {}

  /**
   * An example or must-answer question reduced to what matters for spotting duplicates: lower case,
   * no punctuation, single spaces.
   */
  public static String question(String text) {
    if (text == null) {
      return "";
    }
    String s = APOSTROPHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    return NOT_WORD.matcher(s).replaceAll(" ").trim();
  }

  /** Answer markup with Unix line ends, no trailing spaces and no blank lines at either end. */
  public static String markup(String markup) {
    if (markup == null) {
      return "";
    }
    String s = markup.replace("\r\n", "\n").replace('\r', '\n');
    s = TRAILING_SPACE.matcher(s).replaceAll("");
    return s.replaceAll("^\n+", "").replaceAll("\n+$", "");
  }

  /** The reference naming this topic, route, concept or question. */
  public static ItemRef ref(Object item) {
    if (item instanceof Topic t) {
      return ItemRef.topic(t.id());
    } else if (item instanceof ReportingRoute r) {
      return ItemRef.route(r.id());
    } else if (item instanceof LexiconConcept c) {
      return ItemRef.concept(c.id());
    } else if (item instanceof RegressionQuestion q) {
      return ItemRef.question(q.question());
    }
    throw new IllegalArgumentException("not a content item: " + item);
  }

  /** Tidies any content item. */
  public static Object item(Object item) {
    if (item instanceof Topic t) {
      return topic(t);
    } else if (item instanceof ReportingRoute r) {
      return route(r);
    } else if (item instanceof LexiconConcept c) {
      return concept(c);
    } else if (item instanceof RegressionQuestion q) {
      return question(q);
    }
    throw new IllegalArgumentException("not a content item: " + item);
  }

  public static Topic topic(Topic t) {
    return new Topic(
        text(t.id()),
        text(t.title()),
        t.category(),
        texts(t.examples()),
        texts(t.related()),
        t.answers() == null
            ? List.of()
            : t.answers().stream()
                .map(
                    a ->
                        a == null
                            ? null
                            : new Answer(a.audience(), a.jurisdiction(), markup(a.markup())))
                .toList(),
        t.sources() == null ? List.of() : t.sources().stream().map(Canonical::source).toList(),
        text(t.owner()),
        t.lastReviewed(),
        t.reviewBy(),
        t.status(),
        t.version());
  }

  private static Source source(Source s) {
    if (s == null) {
      return new Source("", "", "", "", "");
    }
    return new Source(
        text(s.title()), text(s.locator()), text(s.url()), text(s.publisher()), text(s.date()));
  }

  public static ReportingRoute route(ReportingRoute r) {
    return new ReportingRoute(
        text(r.id()),
        text(r.name()),
        text(r.phone()),
        text(r.textphone()),
        text(r.sms()),
        text(r.web()),
        text(r.hours()),
        jurisdictions(r.jurisdictions()),
        text(r.whenToUse()),
        r.urgency(),
        r.doesNotTake() == null
            ? List.of()
            : r.doesNotTake().stream()
                .map(
                    d ->
                        d == null
                            ? new RouteRedirect("", "")
                            : new RouteRedirect(text(d.what()), text(d.routeId())))
                .toList());
  }

  /** Jurisdictions in their declared order, so that equal routes serialise identically. */
  public static Set<Jurisdiction> jurisdictions(Collection<Jurisdiction> js) {
    EnumSet<Jurisdiction> set = EnumSet.noneOf(Jurisdiction.class);
    if (js != null) {
      js.stream().filter(j -> j != null).forEach(set::add);
    }
    return Collections.unmodifiableSet(set);
  }

  public static LexiconConcept concept(LexiconConcept c) {
    String successor = text(c.successor());
    return new LexiconConcept(
        text(c.id()),
        text(c.type()),
        texts(c.synonyms()).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList(),
        successor.isEmpty() ? null : successor);
  }

  public static RegressionQuestion question(RegressionQuestion q) {
    return new RegressionQuestion(text(q.question()), text(q.expectedTopic()));
  }

  private static String text(String s) {
    return s == null ? "" : s.strip();
  }

  private static List<String> texts(List<String> list) {
    return list == null ? List.of() : list.stream().map(Canonical::text).toList();
  }
}
