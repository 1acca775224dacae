package uk.socguide.intents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BM25 nearest-example retriever over every example question. For a question it gives each intent
 * the similarity of its best-matching example: the BM25 score divided by what the question's own
 * terms are worth (the sum of their idf, with words never seen in any example at the highest idf),
 * capped at 1. So it reads as "how much of the question this example explains", and a question full
 * of words no example uses scores low everywhere. Immutable and thread-safe.
 */
final class Bm25Index {

  private static final double K1 = 1.2;
  private static final double B = 0.75;

  private record Posting(int[] docs, int[] tf, double idf) {}

  private final Map<String, Posting> postings;
  private final double[] lengthNorm;
  private final int[] docIntent;
  private final int intentCount;
  private final double unknownIdf;

  private Bm25Index(
      Map<String, Posting> postings,
      double[] lengthNorm,
      int[] docIntent,
      int intentCount,
      double unknownIdf) {
    this.postings = postings;
    this.lengthNorm = lengthNorm;
    this.docIntent = docIntent;
    this.intentCount = intentCount;
    this.unknownIdf = unknownIdf;
  }

  static Bm25Index build(List<String[]> docs, int[] docIntent, int intentCount) {
    int n = docs.size();
    Map<String, List<int[]>> raw = new HashMap<>();
    double totalLength = 0;
    for (int d = 0; d < n; d++) {
      String[] terms = docs.get(d);
      totalLength += terms.length;
      Map<String, Integer> tf = new HashMap<>();
      for (String t : terms) {
        tf.merge(t, 1, Integer::sum);
      }
      for (Map.Entry<String, Integer> e : tf.entrySet()) {
        raw.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(new int[] {d, e.getValue()});
      }
    }
    double avg = n == 0 ? 1 : Math.max(1, totalLength / n);
    double[] lengthNorm = new double[n];
    for (int d = 0; d < n; d++) {
      lengthNorm[d] = K1 * (1 - B + B * docs.get(d).length / avg);
    }
    Map<String, Posting> postings = new HashMap<>();
    raw.forEach(
        (term, list) -> {
          int[] ds = new int[list.size()];
          int[] tfs = new int[list.size()];
          for (int i = 0; i < ds.length; i++) {
            ds[i] = list.get(i)[0];
            tfs[i] = list.get(i)[1];
          }
          postings.put(term, new Posting(ds, tfs, idf(n, ds.length)));
        });
    return new Bm25Index(
        Map.copyOf(postings), lengthNorm, docIntent.clone(), intentCount, idf(n, 0));
  }

  private static double idf(int n, int df) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** The similarity in [0, 1] of each intent's nearest example, by intent index. */
  double[] similarity(String[] query) {
    double[] byIntent = new double[intentCount];
    double worth = 0;
    double[] scores = null;
    for (int q = 0; q < query.length; q++) {
      String term = query[q];
      if (seenBefore(query, q)) {
        continue;
      }
      Posting p = postings.get(term);
      if (p == null) {
        worth += unknownIdf;
        continue;
      }
      worth += p.idf();
      if (scores == null) {
        scores = new double[lengthNorm.length];
      }
      for (int i = 0; i < p.docs().length; i++) {
        int d = p.docs()[i];
        int tf = p.tf()[i];
        scores[d] += p.idf() * tf * (K1 + 1) / (tf + lengthNorm[d]);
      }
    }
    if (scores == null || worth <= 0) {
      return byIntent;
    }
    for (int d = 0; d < scores.length; d++) {
      double s = Math.min(1, scores[d] / worth);
      int intent = docIntent[d];
      if (s > byIntent[intent]) {
        byIntent[intent] = s;
      }
    }
    return byIntent;
  }

  private static boolean seenBefore(String[] query, int q) {
    for (int i = 0; i < q; i++) {
      if (query[i].equals(query[q])) {
        return true;
      }
    }
    return false;
  }
}
