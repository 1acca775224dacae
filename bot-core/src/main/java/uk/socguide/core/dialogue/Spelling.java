package uk.socguide.core.dialogue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the words of a message in the form the safety patterns are written in: contractions spelt
 * out ("hes" becomes "he is"), text-speak and common misspellings corrected ("knif", "rite"), and
 * words one typing slip from a danger word corrected to it ("dager", "chlid").
 */
final class Spelling {
  private static final Map<String, String> CONTRACTIONS =
      Map.ofEntries(
          Map.entry("hes", "he is"),
          Map.entry("shes", "she is"),
          Map.entry("theyre", "they are"),
          Map.entry("theyve", "they have"),
          Map.entry("theres", "there is"),
          Map.entry("thats", "that is"),
          Map.entry("whats", "what is"),
          Map.entry("whos", "who is"),
          Map.entry("its", "it is"),
          Map.entry("im", "i am"),
          Map.entry("ive", "i have"),
          Map.entry("youre", "you are"),
          Map.entry("dont", "do not"),
          Map.entry("doesnt", "does not"),
          Map.entry("isnt", "is not"),
          Map.entry("arent", "are not"),
          Map.entry("wasnt", "was not"),
          Map.entry("cant", "can not"),
          Map.entry("cannot", "can not"),
          Map.entry("wont", "will not"),
          Map.entry("hasnt", "has not"),
          Map.entry("havent", "have not"),
          Map.entry("didnt", "did not"),
          Map.entry("u", "you"),
          Map.entry("r", "are"),
          Map.entry("ur", "your"),
          Map.entry("pls", "please"),
          Map.entry("plz", "please"),
          Map.entry("rn", "right now"),
          Map.entry("gonna", "going to"),
          Map.entry("wanna", "want to"),
          Map.entry("tryna", "trying to"),
          Map.entry("nw", "now"),
          Map.entry("noww", "now"),
          Map.entry("rite", "right"),
          Map.entry("knif", "knife"),
          Map.entry("nife", "knife"),
          Map.entry("knfe", "knife"),
          Map.entry("gunn", "gun"),
          Map.entry("stabd", "stabbed"),
          Map.entry("kil", "kill"),
          Map.entry("kild", "killed"),
          Map.entry("hert", "hurt"),
          Map.entry("hurted", "hurt"),
          Map.entry("chld", "child"),
          Map.entry("kidz", "kids"),
          Map.entry("dangr", "danger"),
          Map.entry("bein", "being"),
          Map.entry("beeing", "being"),
          Map.entry("gettin", "getting"),
          Map.entry("brakin", "breaking"),
          Map.entry("breakin", "breaking"));

  // Misspellings within one edit of these are corrected. Words with common neighbours one edit
  // away ("kill"/"will", "hitting"/"sitting", "shooting"/"shouting") are matched only as typed.
  private static final Set<String> FUZZY_TARGETS =
      Words.set(
          """
              knife knives machete machetes firearm firearms weapon weapons danger dangerous
              emergency stabbed stabbing burglary burglars burgling breaking kidnapped kidnapping
              trafficked trafficking threatening threatened children child immediate happening
              currently strangling strangled unconscious assaulted abused abusing exploited
              groomed grooming teenager daughter shotgun hostage murder murdered progress
              """);
  private static final Map<Integer, List<String>> FUZZY_BY_LENGTH =
      FUZZY_TARGETS.stream().sorted().collect(Collectors.groupingBy(String::length));
  private static final Set<String> PROTECTED =
      Words.set(
          """
          anger ranger manger dancer banger hanger danker chill chile chid freaking creaking
          wreaking postage laughter piston pistil amused abuses grooming grooves progresses
          """);

  private Spelling() {}

  static String canonical(String normalised) {
    if (normalised.isEmpty()) {
      return normalised;
    }
    StringBuilder out = new StringBuilder(normalised.length() + 16);
    for (String token : normalised.split(" ")) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(correct(token));
    }
    return out.toString();
  }

  private static String correct(String token) {
    String expanded = CONTRACTIONS.get(token);
    if (expanded != null) {
      return expanded;
    }
    if (token.length() < 5 || PROTECTED.contains(token) || FUZZY_TARGETS.contains(token)) {
      return token;
    }
    if (token.endsWith("in") && FUZZY_TARGETS.contains(token + "g")) {
      return token + "g";
    }
    for (int length = token.length() - 1; length <= token.length() + 1; length++) {
      for (String target : FUZZY_BY_LENGTH.getOrDefault(length, List.of())) {
        if (withinOneEdit(token, target)) {
          return target;
        }
      }
    }
    return token;
  }

  /** Damerau-Levenshtein distance of at most one: one insertion, deletion, change or swap. */
  static boolean withinOneEdit(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1) {
      return false;
    }
    int i = 0;
    while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (i == la) {
        return true;
      }
      if (sameFrom(a, i + 1, b, i + 1)) {
        return true; // one change
      }
      return i + 1 < la
          && a.charAt(i) == b.charAt(i + 1)
          && a.charAt(i + 1) == b.charAt(i)
          && sameFrom(a, i + 2, b, i + 2); // one swap
    }
    return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
  }

  private static boolean sameFrom(String a, int i, String b, int j) {
    if (a.length() - i != b.length() - j) {
      return false;
    }
    return a.regionMatches(i, b, j, a.length() - i);
  }
}
