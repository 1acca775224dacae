package uk.socguide.intents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns raw text into normalised word tokens that remember where they came from: lower case,
 * accents folded, curly quotes straightened, contractions expanded, US spellings made British,
 * punctuation and symbols dropped, and phone numbers typed with spaces or dashes joined into one
 * token. Work is bounded: only the first {@link #MAX_CHARS} characters and {@link #MAX_TOKENS}
 * tokens are looked at, and a token is cut at {@link #MAX_TOKEN_LENGTH} characters.
 */
final class Normaliser {

  static final int MAX_CHARS = 2_000;
  static final int MAX_TOKENS = 200;
  static final int MAX_TOKEN_LENGTH = 40;

  /** Hyphenated prefixes that people write both joined and apart ("co-operate", "e-mail"). */
  private static final Set<String> JOINED_PREFIXES = Set.of("co", "e", "anti", "non", "re", "pre");

  private Normaliser() {}

  static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    int limit = Math.min(text.length(), MAX_CHARS);
    StringBuilder word = new StringBuilder();
    int i = 0;
    while (i < limit && out.size() < MAX_TOKENS) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        int start = i;
        word.setLength(0);
        i = scanWord(text, i, limit, word);
        emit(word.toString(), start, i, out);
      } else {
        if (cp == '&') {
          out.add(new Token("and", i, i + 1));
        }
        i += Character.charCount(cp);
      }
    }
    return joinPhoneNumbers(text, out);
  }

  /** Reads one word from {@code i}; returns the offset after it. */
  private static int scanWord(String text, int i, int limit, StringBuilder word) {
    while (i < limit) {
      int cp = text.codePointAt(i);
      int width = Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (word.length() < MAX_TOKEN_LENGTH) {
          appendFolded(word, cp);
        }
        i += width;
      } else if (isApostrophe(cp) && letterAt(text, i + width, limit) && endsWithLetter(word)) {
        word.append('\'');
        i += width;
      } else if (cp == '-'
          && letterAt(text, i + 1, limit)
          && JOINED_PREFIXES.contains(word.toString())) {
        i += 1;
      } else {
        break;
      }
    }
    return i;
  }

  private static void emit(String raw, int start, int end, List<Token> out) {
    for (String w : WordForms.expand(raw)) {
      if (!w.isEmpty()) {
        out.add(new Token(w, start, end));
      }
    }
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\''
        || cp == '\u2019'
        || cp == '\u2018'
        || cp == '`'
        || cp == '\u00b4'
        || cp == '\u02bc';
  }

  private static boolean letterAt(String text, int i, int limit) {
    return i < limit && Character.isLetter(text.codePointAt(i));
  }

  private static boolean endsWithLetter(StringBuilder word) {
    return word.length() > 0 && Character.isLetter(word.charAt(word.length() - 1));
  }

  private static void appendFolded(StringBuilder word, int cp) {
    int lower = Character.toLowerCase(cp);
    if (lower < 0x80) {
      word.append((char) lower);
    } else if (lower == '\u00df') {
      word.append("ss");
    } else if (lower <= 0x24f) {
      // Latin letters with accents: keep the base letter ("café" -> "cafe")
      String decomposed =
          Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFD);
      for (int k = 0; k < decomposed.length(); k++) {
        char c = decomposed.charAt(k);
        if (Character.getType(c) != Character.NON_SPACING_MARK) {
          word.append(c);
        }
      }
    } else {
      word.appendCodePoint(lower);
    }
  }

  /**
   * Joins digit groups that together make a UK phone number ("0800 555 111", "+44 20 7946 0000")
   * into one token of its digits, so a number is one word whichever way it was typed.
   */
  private static List<Token> joinPhoneNumbers(String text, List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      Token first = tokens.get(i);
      String digits = phoneStart(text, first);
      if (digits == null) {
        out.add(first);
        i++;
        continue;
      }
      StringBuilder number = new StringBuilder(digits);
      int j = i + 1;
      int best = digits.length() >= 10 ? i : -1;
      String bestDigits = best >= 0 ? number.toString() : null;
      while (j < tokens.size()
          && number.length() < 11
          && isDigits(tokens.get(j).text())
          && singleSeparator(text, tokens.get(j - 1).end(), tokens.get(j).start())) {
        number.append(tokens.get(j).text());
        if (number.length() >= 10 && number.length() <= 11) {
          best = j;
          bestDigits = number.toString();
        }
        j++;
      }
      if (best < 0) {
        out.add(first);
        i++;
      } else {
        out.add(new Token(bestDigits, first.start(), tokens.get(best).end()));
        i = best + 1;
      }
    }
    return out;
  }

  /**
   * The digits a phone number starting at this token begins with, or null if it cannot start one.
   */
  private static String phoneStart(String text, Token token) {
    String t = token.text();
    if (!isDigits(t)) {
      return null;
    }
    if (t.startsWith("0")) {
      return t;
    }
    if (t.startsWith("44") && token.start() > 0 && text.charAt(token.start() - 1) == '+') {
      return "0" + t.substring(2);
    }
    return null;
  }

  private static boolean singleSeparator(String text, int from, int to) {
    if (to - from != 1) {
      return false;
    }
    char c = text.charAt(from);
    return c == ' ' || c == '-' || c == '.';
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
