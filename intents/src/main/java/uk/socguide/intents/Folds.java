package uk.socguide.intents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Stratified k-fold splits: each intent's examples are shuffled with a fixed seed and dealt round
 * the folds in turn, continuing where the previous intent stopped so fold sizes stay even. The same
 * labels always give the same folds.
 */
final class Folds {

  static final long SEED = 20_131_007L;

  private final int[] foldOf;
  private final int count;

  private Folds(int[] foldOf, int count) {
    this.foldOf = foldOf;
    this.count = count;
  }

  static Folds stratified(int[] labels, int k) {
    int intents = IntStream.of(labels).max().orElse(-1) + 1;
    List<List<Integer>> byIntent = new ArrayList<>();
    for (int i = 0; i < intents; i++) {
      byIntent.add(new ArrayList<>());
    }
    for (int e = 0; e < labels.length; e++) {
      byIntent.get(labels[e]).add(e);
    }
    Random random = new Random(SEED);
    int[] foldOf = new int[labels.length];
    int next = 0;
    for (List<Integer> examples : byIntent) {
      Collections.shuffle(examples, random);
      for (int e : examples) {
        foldOf[e] = next;
        next = (next + 1) % k;
      }
    }
    return new Folds(foldOf, k);
  }

  /**
   * Folds for calibrating a plain out-of-scope threshold (when there are too few out-of-scope
   * examples to fit {@link OutOfScopeModel}): in-scope intents stratified as usual, but each
   * out-of-scope intent held out whole, so the held-out out-of-scope questions are about things the
   * fold's model has never seen, as most real out-of-scope questions are.
   */
  static Folds calibration(int[] labels, boolean[] outOfScope, int k) {
    Folds base = stratified(labels, k);
    int[] foldOf = base.foldOf.clone();
    int[] foldOfIntent = new int[outOfScope.length];
    int next = 0;
    for (int i = 0; i < outOfScope.length; i++) {
      if (outOfScope[i]) {
        foldOfIntent[i] = next;
        next = (next + 1) % k;
      }
    }
    for (int e = 0; e < labels.length; e++) {
      if (outOfScope[labels[e]]) {
        foldOf[e] = foldOfIntent[labels[e]];
      }
    }
    return new Folds(foldOf, k);
  }

  int count() {
    return count;
  }

  int[] train(int fold) {
    return IntStream.range(0, foldOf.length).filter(e -> foldOf[e] != fold).toArray();
  }

  int[] test(int fold) {
    return IntStream.range(0, foldOf.length).filter(e -> foldOf[e] == fold).toArray();
  }
}
