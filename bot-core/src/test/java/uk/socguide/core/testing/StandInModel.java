package uk.socguide.core.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.socguide.content.Category;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.Topic;
import uk.socguide.intents.Classification;
import uk.socguide.intents.Entity;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentScore;

/**
 * TEMPORARY: word-overlap scoring against example questions, used only until the intents module's
 * trainer is on main. To be deleted then; no finished test may rely on it.
 */
final class StandInModel implements IntentModel {
  private static final Set<String> STOP =
      Set.of("a", "an", "the", "i", "do", "is", "to", "of", "in", "it", "my", "me", "what", "how");
  private final Map<String, List<Set<String>>> examples = new HashMap<>();
  private final Set<String> outOfScope = new HashSet<>();
  private final List<LexiconConcept> lexicon;

  StandInModel(ContentRelease release) {
    for (Topic t : release.topics().values()) {
      examples.put(t.id(), t.examples().stream().map(StandInModel::words).toList());
      if (t.category() == Category.OUT_OF_SCOPE) {
        outOfScope.add(t.id());
      }
    }
    this.lexicon = release.lexicon();
  }

  @Override
  public Classification classify(String text) {
    Set<String> q = words(text == null ? "" : text);
    List<IntentScore> ranking = new ArrayList<>();
    for (var e : examples.entrySet()) {
      double best = 0;
      for (Set<String> ex : e.getValue()) {
        Set<String> both = new HashSet<>(q);
        both.retainAll(ex);
        Set<String> either = new HashSet<>(q);
        either.addAll(ex);
        best = Math.max(best, either.isEmpty() ? 0 : (double) both.size() / either.size());
      }
      ranking.add(new IntentScore(e.getKey(), best));
    }
    ranking.sort(Comparator.comparingDouble(IntentScore::score).reversed());
    double top = ranking.get(0).score();
    double second = ranking.size() > 1 ? ranking.get(1).score() : 0;
    boolean oos = top < 0.25 || outOfScope.contains(ranking.get(0).intent());
    boolean unsure = !oos && (top < 0.4 || second > top * 0.85);
    return new Classification(ranking, entities(text == null ? "" : text), oos, unsure);
  }

  private List<Entity> entities(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<Entity> out = new ArrayList<>();
    for (LexiconConcept c : lexicon) {
      for (String s : c.synonyms()) {
        int at = lower.indexOf(s);
        if (at >= 0) {
          String value = c.successor() == null ? c.id() : c.successor();
          out.add(
              new Entity(
                  c.type(), value, text.substring(at, at + s.length()), at, at + s.length()));
          break;
        }
      }
    }
    return out;
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w :
        Arrays.asList(s.toLowerCase(Locale.ROOT).replace("'", "").split("[^a-z0-9]+"))) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w.length() > 4 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
      }
    }
    return out;
  }
}
