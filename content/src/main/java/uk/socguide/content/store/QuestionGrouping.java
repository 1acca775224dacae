package uk.socguide.content.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.socguide.content.Canonical;
import uk.socguide.content.QuestionGroup;

/**
 * Groups unanswered questions that say much the same thing: the same words once case and
 * punctuation are ignored, or mostly the same content words (at least half their content words
 * shared, common words such as "how" and "the" left out), so that editors see one line with a
 * count.
 */
final class QuestionGrouping {
  /** One stored unanswered question. */
  record Asked(long id, String text, String bestTopic, double confidence, Instant askedAt) {}

  static final double SIMILAR = 0.5;

  private static final Set<String> COMMON =
      Set.of(
          "a", "an", "the", "how", "do", "does", "i", "we", "you", "me", "my", "our", "to", "of",
          "in", "on", "for", "and", "or", "is", "are", "be", "it", "what", "who", "where", "when",
          "can", "should", "could", "would", "about", "with", "there", "this", "that", "please");

  private QuestionGrouping() {}

  static List<QuestionGroup> group(List<Asked> questions, int maxGroups) {
    Map<String, List<Asked>> same = new LinkedHashMap<>();
    for (Asked q : questions) {
      same.computeIfAbsent(Canonical.question(q.text()), k -> new ArrayList<>()).add(q);
    }
    List<Map.Entry<String, List<Asked>>> byCount = new ArrayList<>(same.entrySet());
    byCount.sort(
        Comparator.comparingInt((Map.Entry<String, List<Asked>> e) -> -e.getValue().size()));
    List<Cluster> clusters = new ArrayList<>();
    for (Map.Entry<String, List<Asked>> e : byCount) {
      Set<String> words = words(e.getKey());
      Cluster home =
          clusters.stream()
              .filter(c -> overlap(c.words, words) >= SIMILAR)
              .findFirst()
              .orElse(null);
      if (home == null) {
        home = new Cluster(words);
        clusters.add(home);
      }
      home.wordings.add(e.getValue());
    }
    return clusters.stream()
        .map(Cluster::toGroup)
        .sorted(
            Comparator.comparingInt(QuestionGroup::count)
                .reversed()
                .thenComparing(QuestionGroup::lastAsked, Comparator.reverseOrder()))
        .limit(maxGroups)
        .toList();
  }

  private static Set<String> words(String normalised) {
    Set<String> words =
        Arrays.stream(normalised.split(" "))
            .filter(w -> !w.isEmpty() && !COMMON.contains(w))
            .collect(Collectors.toSet());
    return words.isEmpty() ? Set.of(normalised) : words;
  }

  private static double overlap(Set<String> a, Set<String> b) {
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    Set<String> either = new HashSet<>(a);
    either.addAll(b);
    return either.isEmpty() ? 0 : (double) both.size() / either.size();
  }

  /** Questions grouped under the words of the most asked wording. */
  private static final class Cluster {
    final Set<String> words;
    final List<List<Asked>> wordings = new ArrayList<>();

    Cluster(Set<String> words) {
      this.words = words;
    }

    QuestionGroup toGroup() {
      List<Asked> all = wordings.stream().flatMap(List::stream).toList();
      Map<String, Integer> topics = new HashMap<>();
      all.stream()
          .filter(q -> q.bestTopic() != null)
          .forEach(q -> topics.merge(q.bestTopic(), 1, Integer::sum));
      String best =
          topics.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .map(Map.Entry::getKey)
              .orElse(null);
      return new QuestionGroup(
          wordings.get(0).get(0).text(),
          all.size(),
          wordings.stream().limit(5).map(w -> w.get(0).text()).toList(),
          all.stream().map(Asked::id).sorted().toList(),
          best,
          all.stream().mapToDouble(Asked::confidence).max().orElse(0),
          all.stream().map(Asked::askedAt).min(Comparator.naturalOrder()).orElse(null),
          all.stream().map(Asked::askedAt).max(Comparator.naturalOrder()).orElse(null));
    }
  }
}
