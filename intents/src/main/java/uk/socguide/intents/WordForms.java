package uk.socguide.intents;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word-level normalisation: contractions (with and without the apostrophe), text speak and US
 * spellings, so that the ways people actually type a word all reach the same token.
 */
final class WordForms {

  /** Contractions typed without their apostrophe; "its", "ill", "were" and "id" are real words. */
  private static final Map<String, List<String>> BARE_CONTRACTIONS =
      Map.ofEntries(
          Map.entry("whats", List.of("what", "is")),
          Map.entry("whos", List.of("who", "is")),
          Map.entry("wheres", List.of("where", "is")),
          Map.entry("whens", List.of("when", "is")),
          Map.entry("hows", List.of("how", "is")),
          Map.entry("thats", List.of("that", "is")),
          Map.entry("theres", List.of("there", "is")),
          Map.entry("dont", List.of("do", "not")),
          Map.entry("doesnt", List.of("does", "not")),
          Map.entry("didnt", List.of("did", "not")),
          Map.entry("cant", List.of("can", "not")),
          Map.entry("cannot", List.of("can", "not")),
          Map.entry("wont", List.of("will", "not")),
          Map.entry("isnt", List.of("is", "not")),
          Map.entry("arent", List.of("are", "not")),
          Map.entry("wasnt", List.of("was", "not")),
          Map.entry("werent", List.of("were", "not")),
          Map.entry("hasnt", List.of("has", "not")),
          Map.entry("havent", List.of("have", "not")),
          Map.entry("shouldnt", List.of("should", "not")),
          Map.entry("couldnt", List.of("could", "not")),
          Map.entry("wouldnt", List.of("would", "not")),
          Map.entry("im", List.of("i", "am")),
          Map.entry("ive", List.of("i", "have")),
          Map.entry("youre", List.of("you", "are")),
          Map.entry("theyre", List.of("they", "are")),
          Map.entry("shes", List.of("she", "is")));

  /** Text speak and abbreviations people use in chat. */
  private static final Map<String, String> TEXT_SPEAK =
      Map.ofEntries(
          Map.entry("u", "you"),
          Map.entry("ur", "your"),
          Map.entry("r", "are"),
          Map.entry("pls", "please"),
          Map.entry("plz", "please"),
          Map.entry("ppl", "people"),
          Map.entry("govt", "government"),
          Map.entry("gov", "government"),
          Map.entry("dept", "department"),
          Map.entry("info", "information"),
          Map.entry("thx", "thanks"),
          Map.entry("thnx", "thanks"),
          Map.entry("ty", "thanks"),
          Map.entry("wot", "what"),
          Map.entry("wat", "what"),
          Map.entry("cos", "because"),
          Map.entry("coz", "because"),
          Map.entry("cuz", "because"),
          Map.entry("bc", "because"),
          Map.entry("abt", "about"),
          Map.entry("b4", "before"),
          Map.entry("msg", "message"),
          Map.entry("tel", "telephone"),
          Map.entry("nos", "numbers"));

  /** Whole-word US (and variant) spellings to the form used everywhere else. */
  private static final Map<String, String> SPELLINGS =
      Map.ofEntries(
          Map.entry("color", "colour"),
          Map.entry("behavior", "behaviour"),
          Map.entry("behaviors", "behaviours"),
          Map.entry("neighbor", "neighbour"),
          Map.entry("neighbors", "neighbours"),
          Map.entry("neighborhood", "neighbourhood"),
          Map.entry("neighborhoods", "neighbourhoods"),
          Map.entry("favor", "favour"),
          Map.entry("honor", "honour"),
          Map.entry("labor", "labour"),
          Map.entry("harbor", "harbour"),
          Map.entry("rumor", "rumour"),
          Map.entry("rumors", "rumours"),
          Map.entry("center", "centre"),
          Map.entry("centers", "centres"),
          Map.entry("theater", "theatre"),
          Map.entry("fiber", "fibre"),
          Map.entry("liter", "litre"),
          Map.entry("liters", "litres"),
          Map.entry("defense", "defence"),
          Map.entry("offense", "offence"),
          Map.entry("offenses", "offences"),
          Map.entry("pretense", "pretence"),
          // licence (noun) and license (verb) share a stem with "licensing" only in this form
          Map.entry("licence", "license"),
          Map.entry("licences", "licenses"),
          Map.entry("licenced", "licensed"),
          Map.entry("practise", "practice"),
          Map.entry("practised", "practiced"),
          Map.entry("program", "programme"),
          Map.entry("programs", "programmes"),
          Map.entry("catalog", "catalogue"),
          Map.entry("dialog", "dialogue"),
          Map.entry("traveled", "travelled"),
          Map.entry("traveling", "travelling"),
          Map.entry("traveler", "traveller"),
          Map.entry("canceled", "cancelled"),
          Map.entry("canceling", "cancelling"),
          Map.entry("labeled", "labelled"),
          Map.entry("modeling", "modelling"),
          Map.entry("counseling", "counselling"),
          Map.entry("counselor", "counsellor"),
          Map.entry("jewelry", "jewellery"),
          Map.entry("enrollment", "enrolment"),
          Map.entry("fulfill", "fulfil"),
          Map.entry("judgment", "judgement"),
          Map.entry("aging", "ageing"),
          Map.entry("gray", "grey"),
          Map.entry("mom", "mum"));

  private static final Set<String> IS_AFTER =
      Set.of(
          "what", "who", "where", "when", "how", "why", "it", "that", "there", "here", "he", "she");

  private WordForms() {}

  /**
   * The normalised words for one raw word (lower case, inner apostrophes kept as {@code '}): one
   * word in most cases, two for a contraction, none for a stray apostrophe.
   */
  static List<String> expand(String word) {
    if (word.indexOf('\'') >= 0) {
      return withApostrophe(word);
    }
    List<String> bare = BARE_CONTRACTIONS.get(word);
    if (bare != null) {
      return bare;
    }
    String speak = TEXT_SPEAK.get(word);
    return List.of(british(speak != null ? speak : word));
  }

  private static List<String> withApostrophe(String word) {
    if (word.endsWith("n't")) {
      String base = word.substring(0, word.length() - 3);
      switch (base) {
        case "ca":
        case "can":
          return List.of("can", "not");
        case "wo":
          return List.of("will", "not");
        case "sha":
          return List.of("shall", "not");
        case "ai":
          return List.of("is", "not");
        default:
          return List.of(clean(base), "not");
      }
    }
    int apostrophe = word.lastIndexOf('\'');
    String base = clean(word.substring(0, apostrophe));
    String suffix = word.substring(apostrophe + 1);
    switch (suffix) {
      case "s":
        return IS_AFTER.contains(base) ? List.of(base, "is") : List.of(british(base));
      case "re":
        return List.of(base, "are");
      case "ve":
        return List.of(base, "have");
      case "ll":
        return List.of(base, "will");
      case "d":
        return List.of(base, "would");
      case "m":
        return List.of(base, "am");
      default:
        return List.of(british(clean(word)));
    }
  }

  private static String clean(String word) {
    return word.replace("'", "");
  }

  /** The British spelling of a word, when it is a known US spelling or an -ize/-yze form. */
  static String british(String word) {
    String mapped = SPELLINGS.get(word);
    if (mapped != null) {
      return mapped;
    }
    int iz = word.lastIndexOf("iz");
    if (iz >= 3 && !word.contains("size") && izeSuffix(word.substring(iz + 2))) {
      return word.substring(0, iz) + "is" + word.substring(iz + 2);
    }
    int yz = word.lastIndexOf("yz");
    if (yz >= 3 && izeSuffix(word.substring(yz + 2))) {
      return word.substring(0, yz) + "ys" + word.substring(yz + 2);
    }
    return word;
  }

  private static boolean izeSuffix(String rest) {
    switch (rest) {
      case "e":
      case "es":
      case "ed":
      case "ing":
      case "er":
      case "ers":
      case "ation":
      case "ations":
        return true;
      default:
        return false;
    }
  }
}
