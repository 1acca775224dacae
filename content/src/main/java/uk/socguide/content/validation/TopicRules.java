package uk.socguide.content.validation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Canonical;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;

/** The rules every topic is held to. */
final class TopicRules {
  private static final Pattern SOURCE_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private final ContentSet set;
  private final Map<String, ReportingRoute> routes;
  private final Set<ItemRef> reviewDatesChecked;
  private final LocalDate today;
  private final Set<String> topicIds = new HashSet<>();

  TopicRules(
      ContentSet set,
      Map<String, ReportingRoute> routes,
      Set<ItemRef> reviewDatesChecked,
      LocalDate today) {
    this.set = set;
    this.routes = routes;
    this.reviewDatesChecked = reviewDatesChecked;
    this.today = today;
    set.topics().forEach(t -> topicIds.add(t.id()));
  }

  void check(List<Problem> problems) {
    for (Topic t : set.topics()) {
      ItemRef ref = ItemRef.topic(t.id());
      basics(ref, t, problems);
      examples(ref, t, problems);
      related(ref, t, problems);
      answers(ref, t, problems);
      sources(ref, t, problems);
      dates(ref, t, problems);
    }
    examplesAcrossTopics(problems);
  }

  private void basics(ItemRef ref, Topic t, List<Problem> problems) {
    if (!Ids.validTopicId(t.id())) {
      problems.add(
          Problem.of(
              ref,
              "id",
              "'"
                  + t.id()
                  + "' is not a valid topic id: use lower-case letters and digits joined by dots"
                  + " or hyphens, such as report.fraud"));
    }
    if (t.title().isEmpty()) {
      problems.add(Problem.of(ref, "title", "is missing"));
    }
    if (t.category() == null) {
      problems.add(Problem.of(ref, "category", "is missing"));
    } else if (t.category().inScope() && t.owner().isEmpty()) {
      problems.add(Problem.of(ref, "owner", "is missing (the team that keeps this topic right)"));
    }
  }

  private static void examples(ItemRef ref, Topic t, List<Problem> problems) {
    if (t.examples().isEmpty()) {
      problems.add(Problem.of(ref, "examples", "needs at least one example question"));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < t.examples().size(); i++) {
      String key = Canonical.question(t.examples().get(i));
      if (key.isEmpty()) {
        problems.add(Problem.of(ref, "examples[" + i + "]", "is empty"));
        continue;
      }
      Integer first = seen.putIfAbsent(key, i);
      if (first != null) {
        problems.add(Problem.of(ref, "examples[" + i + "]", "repeats examples[" + first + "]"));
      }
    }
  }

  private void examplesAcrossTopics(List<Problem> problems) {
    Map<String, String> owner = new HashMap<>();
    for (Topic t : set.topics()) {
      for (String example :
          new HashSet<>(t.examples().stream().map(Canonical::question).toList())) {
        if (!example.isEmpty()) {
          owner.merge(example, t.id(), (a, b) -> a.equals(b) ? a : a + "," + b);
        }
      }
    }
    for (Topic t : set.topics()) {
      for (int i = 0; i < t.examples().size(); i++) {
        String holders = owner.get(Canonical.question(t.examples().get(i)));
        if (holders != null && holders.contains(",")) {
          String others =
              String.join(
                  ", ",
                  Arrays.stream(holders.split(",")).filter(id -> !id.equals(t.id())).toList());
          problems.add(
              Problem.of(
                  ItemRef.topic(t.id()),
                  "examples[" + i + "]",
                  "'" + t.examples().get(i) + "' is also an example question of " + others));
        }
      }
    }
  }

  private void related(ItemRef ref, Topic t, List<Problem> problems) {
    if (t.related().size() > Validator.MAX_RELATED) {
      problems.add(
          Problem.of(
              ref,
              "related",
              "at most "
                  + Validator.MAX_RELATED
                  + " related topics (has "
                  + t.related().size()
                  + ")"));
    }
    for (int i = 0; i < t.related().size(); i++) {
      String id = t.related().get(i);
      if (id.equals(t.id())) {
        problems.add(Problem.of(ref, "related[" + i + "]", "a topic cannot be related to itself"));
      } else if (!topicIds.contains(id)) {
        problems.add(Problem.of(ref, "related[" + i + "]", "no topic has id '" + id + "'"));
      }
    }
  }

  private void answers(ItemRef ref, Topic t, List<Problem> problems) {
    boolean hasDefault = false;
    Set<String> variants = new HashSet<>();
    for (int i = 0; i < t.answers().size(); i++) {
      Answer a = t.answers().get(i);
      String at = "answers[" + i + "]";
      if (a == null) {
        problems.add(Problem.of(ref, at, "is empty"));
        continue;
      }
      if (a.audience() == null) {
        problems.add(Problem.of(ref, at + ".audience", "is missing"));
      }
      if (a.audience() == Audience.DEFAULT && a.jurisdiction() == null) {
        hasDefault = true;
      }
      if (!variants.add(a.audience() + "/" + a.jurisdiction())) {
        problems.add(Problem.of(ref, at, "another answer has the same audience and jurisdiction"));
      }
      markup(ref, at + ".text", a.markup(), problems);
    }
    if (!hasDefault) {
      problems.add(
          Problem.of(ref, "answers", "needs a default answer (audience default, no jurisdiction)"));
    }
  }

  private void markup(ItemRef ref, String field, String markup, List<Problem> problems) {
    if (markup.isBlank()) {
      problems.add(Problem.of(ref, field, "is empty"));
      return;
    }
    for (Markup.RouteRef r : Markup.routeRefs(markup)) {
      if (r.routeId() == null) {
        problems.add(
            Problem.of(
                ref,
                field,
                "malformed route reference "
                    + r.written()
                    + ": write {route:ID} or {route:ID.FIELD}, FIELD one of name, phone,"
                    + " textphone, sms, web, hours"));
      } else if (!routes.containsKey(r.routeId())) {
        problems.add(
            Problem.of(ref, field, "unknown route '" + r.routeId() + "' in " + r.written()));
      }
    }
    for (String url : Markup.links(markup)) {
      if (!Urls.valid(url)) {
        problems.add(Problem.of(ref, field, "link '" + url + "' is not an http or https address"));
      }
    }
    int words = Markup.words(markup, routes);
    if (words > Validator.MAX_WORDS) {
      problems.add(
          Problem.of(
              ref,
              field,
              words + " words once route details are filled in; at most " + Validator.MAX_WORDS));
    }
  }

  private static void sources(ItemRef ref, Topic t, List<Problem> problems) {
    if (t.category() != null && t.category().inScope() && t.sources().isEmpty()) {
      problems.add(Problem.of(ref, "sources", "needs at least one source"));
    }
    for (int i = 0; i < t.sources().size(); i++) {
      Source s = t.sources().get(i);
      String at = "sources[" + i + "]";
      if (s.title().isEmpty()) {
        problems.add(Problem.of(ref, at + ".title", "is missing"));
      }
      if (!s.url().isEmpty() && !Urls.valid(s.url())) {
        problems.add(
            Problem.of(
                ref, at + ".url", "'" + s.url() + "' is not an http or https address with a host"));
      }
      if (!s.date().isEmpty() && !SOURCE_DATE.matcher(s.date()).matches()) {
        problems.add(
            Problem.of(
                ref,
                at + ".date",
                "'" + s.date() + "' is not a date: write 2012, 2013-10 or 2013-10-07"));
      }
    }
  }

  private void dates(ItemRef ref, Topic t, List<Problem> problems) {
    boolean inScope = t.category() != null && t.category().inScope();
    if (inScope && t.lastReviewed() == null) {
      problems.add(Problem.of(ref, "lastReviewed", "is missing"));
    }
    if (inScope && t.reviewBy() == null) {
      problems.add(Problem.of(ref, "reviewBy", "is missing"));
    }
    if (t.lastReviewed() != null
        && t.reviewBy() != null
        && t.reviewBy().isBefore(t.lastReviewed())) {
      problems.add(Problem.of(ref, "reviewBy", "is before lastReviewed"));
    }
    if (t.reviewBy() != null && reviewDatesChecked.contains(ref) && t.reviewBy().isBefore(today)) {
      problems.add(
          Problem.of(
              ref,
              "reviewBy",
              t.reviewBy() + " has passed: check the topic is still right and set a later date"));
    }
  }
}
