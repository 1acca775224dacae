package uk.socguide.intents;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * Finds the known word a misspelt one was meant to be: edit distance (insertions, deletions,
 * substitutions and swaps of neighbours) up to 1 for words of 5 to 7 letters and up to 2 for longer
 * ones. The distance counts the slips people actually make: swapped, doubled, dropped or added
 * letters, one vowel for another, a neighbouring key, or a letter that sounds the same (c, k, s);
 * any other substitution costs two edits. A correction must also keep the first letter, which
 * people rarely get wrong. Both rules keep a real but unknown word from being bent into an
 * unrelated known one ("water" is not "later", "prime" is not "crime", "medal" is not "metal"),
 * which would otherwise make a question nobody wrote an example for look like one that was. Ties go
 * to lexicon words, then to the more frequent word, then alphabetically, so results never depend on
 * iteration order.
 *
 * <p>Look-up is by symmetric deletion: every known word is indexed under each string it becomes
 * with up to two letters deleted, as a sorted array of packed hashes, so a query costs a few dozen
 * binary searches however large the vocabulary is. Immutable and thread-safe.
 */
final class SpellingCorrector {

  static final int MIN_LENGTH = 5;
  private static final int MIN_CANDIDATE_LENGTH = 4;
  private static final int MAX_DISTANCE = 2;
  static final int TWO_EDITS_FROM = 8;
  private static final int ID_BITS = 20;
  private static final long ID_MASK = (1L << ID_BITS) - 1;

  private final String[] words;
  private final int[] frequency;
  private final boolean[] inLexicon;
  private final long[] index;

  /**
   * @param vocabulary known words and how often they occur
   * @param lexiconWords words from the lexicon, preferred when candidates tie
   */
  SpellingCorrector(Map<String, Integer> vocabulary, Set<String> lexiconWords) {
    this.words =
        vocabulary.keySet().stream()
            .filter(w -> w.length() >= MIN_CANDIDATE_LENGTH && Stems.allLetters(w))
            .sorted()
            .limit(ID_MASK)
            .toArray(String[]::new);
    this.frequency = new int[words.length];
    this.inLexicon = new boolean[words.length];
    long[] keys = new long[countDeletes()];
    int k = 0;
    for (int id = 0; id < words.length; id++) {
      String w = words[id];
      frequency[id] = vocabulary.get(w);
      inLexicon[id] = lexiconWords.contains(w);
      int n = w.length();
      keys[k++] = pack(hash(w, -1, -1), id);
      for (int a = 0; a < n; a++) {
        keys[k++] = pack(hash(w, a, -1), id);
        for (int b = a + 1; b < n; b++) {
          keys[k++] = pack(hash(w, a, b), id);
        }
      }
    }
    Arrays.sort(keys);
    this.index = keys;
  }

  private int countDeletes() {
    int total = 0;
    for (String w : words) {
      int n = w.length();
      total += 1 + n + n * (n - 1) / 2;
    }
    return total;
  }

  int size() {
    return words.length;
  }

  /** The known word closest to {@code word}, or null when none is close enough. */
  String correct(String word) {
    int n = word.length();
    if (n < MIN_LENGTH || n > Normaliser.MAX_TOKEN_LENGTH || !Stems.allLetters(word)) {
      return null;
    }
    Best best = new Best();
    consider(word, hash(word, -1, -1), best);
    for (int a = 0; a < n; a++) {
      consider(word, hash(word, a, -1), best);
      for (int b = a + 1; b < n; b++) {
        consider(word, hash(word, a, b), best);
      }
    }
    return best.id < 0 ? null : words[best.id];
  }

  private void consider(String word, long hash, Best best) {
    long from = pack(hash, 0);
    int i = Arrays.binarySearch(index, from);
    if (i < 0) {
      i = -i - 1;
    }
    for (; i < index.length && (index[i] & ~ID_MASK) == from; i++) {
      int id = (int) (index[i] & ID_MASK);
      if (id == best.id) {
        continue;
      }
      String candidate = words[id];
      int allowed = word.length() >= TWO_EDITS_FROM ? MAX_DISTANCE : 1;
      int limit = Math.min(allowed, best.id < 0 ? allowed : best.distance);
      int d = distance(word, candidate, limit);
      if (d > limit || candidate.charAt(0) != word.charAt(0)) {
        continue;
      }
      if (best.id < 0 || better(d, id, best)) {
        best.id = id;
        best.distance = d;
      }
    }
  }

  private boolean better(int d, int id, Best best) {
    if (d != best.distance) {
      return d < best.distance;
    }
    if (inLexicon[id] != inLexicon[best.id]) {
      return inLexicon[id];
    }
    if (frequency[id] != frequency[best.id]) {
      return frequency[id] > frequency[best.id];
    }
    return words[id].compareTo(words[best.id]) < 0;
  }

  private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final double[] ROW_OFFSET = {0, 0.25, 0.75};
  private static final String VOWELS = "aeiou";
  private static final String[] SOUND_ALIKE = {"cks", "sz", "kq", "cq", "gj", "iy"};

  /** 0 for the same letter, 1 for a plausible slip, 2 for any other substitution. */
  static int substitution(char a, char b) {
    if (a == b) {
      return 0;
    }
    if (VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0) {
      return 1;
    }
    for (String group : SOUND_ALIKE) {
      if (group.indexOf(a) >= 0 && group.indexOf(b) >= 0) {
        return 1;
      }
    }
    return neighbouringKeys(a, b) ? 1 : 2;
  }

  private static boolean neighbouringKeys(char a, char b) {
    int ra = row(a);
    int rb = row(b);
    if (ra < 0 || rb < 0 || Math.abs(ra - rb) > 1) {
      return false;
    }
    double xa = KEY_ROWS[ra].indexOf(a) + ROW_OFFSET[ra];
    double xb = KEY_ROWS[rb].indexOf(b) + ROW_OFFSET[rb];
    return ra == rb ? Math.abs(xa - xb) == 1 : Math.abs(xa - xb) < 1;
  }

  private static int row(char c) {
    for (int r = 0; r < KEY_ROWS.length; r++) {
      if (KEY_ROWS[r].indexOf(c) >= 0) {
        return r;
      }
    }
    return -1;
  }

  private static final class Best {
    int id = -1;
    int distance = Integer.MAX_VALUE;
  }

  private static long pack(long hash, int id) {
    return (hash << ID_BITS) | id;
  }

  /** 64-bit FNV-1a of the word with the characters at {@code skipA} and {@code skipB} left out. */
  private static long hash(String w, int skipA, int skipB) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      if (i != skipA && i != skipB) {
        h ^= w.charAt(i);
        h *= 0x100000001b3L;
      }
    }
    h ^= w.length() - (skipA >= 0 ? 1 : 0) - (skipB >= 0 ? 1 : 0);
    return h;
  }

  /**
   * Optimal string alignment distance (edits plus swaps of neighbours, an implausible substitution
   * counting as two), or {@code limit + 1} as soon as it must exceed {@code limit}.
   */
  static int distance(String a, String b, int limit) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > limit) {
      return limit + 1;
    }
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = substitution(a.charAt(i - 1), b.charAt(j - 1));
        int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          v = Math.min(v, prev2[j - 2] + 1);
        }
        cur[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], limit + 1);
  }
}
