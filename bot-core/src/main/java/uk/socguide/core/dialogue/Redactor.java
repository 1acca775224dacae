package uk.socguide.core.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds and removes personal data in free text: UK phone numbers, email addresses, postcodes,
 * vehicle registrations, people's names after cues ("his name is", "a man called", "Mr") and street
 * addresses ("12 High Street", "flat 3"). Everything the engine records for editors passes through
 * {@link #redact}; the personal-data guard uses {@link #find} to spot a disclosure.
 *
 * <p>Detection leans towards removing too much: a redacted word costs editors little, a kept name
 * costs a person their privacy. Stateless and thread-safe.
 */
public final class Redactor {

  /** What was found; {@link #placeholder()} is what replaces it. */
  public enum Kind {
    PHONE("[phone]"),
    EMAIL("[email]"),
    POSTCODE("[postcode]"),
    VEHICLE("[vehicle]"),
    /** A third person's name. */
    NAME("[name]"),
    /** The writer's own name ("my name is ..."): redacted, but not a report about someone. */
    OWN_NAME("[name]"),
    ADDRESS("[address]");

    private final String placeholder;

    Kind(String placeholder) {
      this.placeholder = placeholder;
    }

    public String placeholder() {
      return placeholder;
    }
  }

  /** A piece of personal data at {@code [start, end)} of the text searched. */
  public record Finding(Kind kind, int start, int end) {}

  private static final String DOT = "(?:\\.|\\s*\\(dot\\)\\s*|\\s*\\[dot\\]\\s*)";
  private static final Pattern EMAIL =
      Pattern.compile(
          "[\\w.%+'-]+\\s*(?:@|\\(at\\)|\\[at\\])\\s*[\\w-]+(?:"
              + DOT
              + "[\\w-]+)*"
              + DOT
              + "[a-z]{2,}\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  // A national number (0 and 9-10 digits) or an international one (+44 / 0044, optional (0), 9-10
  // digits), digits grouped with spaces, dashes, dots or brackets as people write them.
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\d+])(?:(?:\\+|00)\\s?44\\s?(?:\\(0\\)\\s?|0)?|\\(?0)(?:\\d[\\s).-]{0,2}){8,9}\\d(?!\\d)");

  private static final Pattern POSTCODE =
      Pattern.compile(
          "\\b(?:[a-z]{1,2}\\d[a-z\\d]?|gir)\\s?\\d[a-z]{2}\\b", Pattern.CASE_INSENSITIVE);

  // Current format (since 2001): two letters, two digits, three letters. Distinctive enough to
  // match in any case.
  private static final Pattern PLATE_CURRENT =
      Pattern.compile("\\b[a-z]{2}\\d{2}\\s?[a-z]{3}\\b", Pattern.CASE_INSENSITIVE);

  // Prefix (1983-2001) and suffix (1963-1983) formats look like road names and words in lower
  // case ("the a12 and"), so they count only when typed in capitals or near a word about a vehicle.
  private static final Pattern PLATE_OLDER =
      Pattern.compile(
          "\\b(?:[a-z]\\d{1,3}\\s?[a-z]{3}|[a-z]{3}\\s?\\d{1,3}[a-z])\\b",
          Pattern.CASE_INSENSITIVE);
  // Dateless and Northern Irish formats ("ABC 123", "1234 AB") look like any short code, so they
  // count only right after a word that means a number plate.
  private static final Pattern PLATE_DATELESS =
      Pattern.compile(
          "\\b(?:[a-z]{1,3}\\s?\\d{1,4}|\\d{1,4}\\s?[a-z]{1,3})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern VEHICLE_CUE =
      Pattern.compile(
          "\\b(?:reg|regs|registration|plate|plates|numberplate|car|cars|van|vans|vehicle|vehicles|"
              + "motorbike|motorcycle|moped|lorry|truck|taxi|4x4|bmw|audi|merc|mercedes|ford|vw|"
              + "transit|driving|drives|drove|parked)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLATE_CUE =
      Pattern.compile(
          "\\b(?:reg|registration|plate|plates|numberplate)(?:\\s+(?:no|number|is|was|of))*[\\s.:#]*$",
          Pattern.CASE_INSENSITIVE);

  private static final String NAME_WORD = "[\\p{L}][\\p{L}'’-]*";
  private static final Pattern TITLE_NAME =
      Pattern.compile(
          "\\b(?:mr|mrs|ms|miss|mx|dr)\\.?\\s+(" + NAME_WORD + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern THIRD_PERSON_NAME_CUE =
      Pattern.compile(
          "\\b(?:(?:his|her|their|\\p{L}+(?:'|’)s|\\p{L}+s')\\s+(?:full\\s+|real\\s+|first\\s+|last\\s+|sur)?"
              + "name\\s*(?:is|was|'s|’s|:)|goes\\s+by(?:\\s+the\\s+name(?:\\s+of)?)?|by\\s+the\\s+name\\s+of)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERSON_CALLED_CUE =
      Pattern.compile(
          "\\b(?:man|men|woman|women|guy|guys|bloke|lad|lads|girl|boy|person|people|someone|somebody|"
              + "neighbour|neighbor|tenant|landlord|landlady|owner|driver|dealer|suspect|husband|wife|"
              + "partner|boyfriend|girlfriend|brother|sister|son|daughter|uncle|cousin|friend|fella|"
              + "family|he|she|he's|she's|hes|shes|they're|theyre|him)\\s+(?:is\\s+|was\\s+)?"
              + "(?:called|named|known\\s+as)\\s+",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern OWN_NAME_CUE =
      Pattern.compile(
          "\\b(?:my\\s+name\\s*(?:is|'s|’s|:)|i'?m\\s+called|i\\s+am\\s+called|call\\s+me)\\s+",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern FLAT =
      Pattern.compile(
          "\\b(?:flat|apartment|apt|maisonette|bedsit)\\s*(?:no\\.?\\s*)?\\d{1,4}[a-z]?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HOUSE_NUMBER = Pattern.compile("\\b\\d{1,4}[a-z]?\\b,?");
  private static final Pattern ADDRESS_CUE =
      Pattern.compile("\\baddress\\s*(?:is|was|:)\\s+", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_HINT =
      Pattern.compile("\\b(?:name|names|called|named|known|goes|mr|mrs|ms|miss|mx|dr)\\b");
  private static final Pattern FIRST_WORD = Pattern.compile("\\G(" + NAME_WORD + ")");
  private static final Pattern WORD = Pattern.compile("\\G\\s+(" + NAME_WORD + ")\\.?");

  /** Every piece of personal data in the text, in order, without overlaps. */
  public List<Finding> find(String text) {
    // Cheap checks first: most questions have no digits, no "@" and no name cue, and the full
    // patterns then need not run.
    String lower = text.toLowerCase(Locale.ROOT);
    boolean digits = hasDigit(text);
    List<Finding> found = new ArrayList<>();
    if (lower.indexOf('@') >= 0 || lower.contains("(at)") || lower.contains("[at]")) {
      addAll(found, Kind.EMAIL, EMAIL.matcher(text));
    }
    if (digits) {
      addAll(found, Kind.PHONE, PHONE.matcher(text));
      addAll(found, Kind.POSTCODE, POSTCODE.matcher(text));
      addAll(found, Kind.VEHICLE, PLATE_CURRENT.matcher(text));
      olderPlates(text, found);
    }
    if (NAME_HINT.matcher(lower).find()) {
      names(text, found);
    }
    addresses(text, lower, digits, found);
    return found.isEmpty() ? List.of() : withoutOverlaps(found);
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /** The text with each piece of personal data replaced by a placeholder such as "[phone]". */
  public String redact(String text) {
    List<Finding> found = find(text);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Finding f : found) {
      out.append(text, at, f.start()).append(f.kind().placeholder());
      at = f.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  private static void addAll(List<Finding> found, Kind kind, Matcher m) {
    while (m.find()) {
      found.add(new Finding(kind, m.start(), m.end()));
    }
  }

  private static void olderPlates(String text, List<Finding> found) {
    Matcher m = PLATE_OLDER.matcher(text);
    while (m.find()) {
      String plate = m.group();
      if (plate.equals(plate.toUpperCase(Locale.ROOT)) || near(VEHICLE_CUE, text, m.start(), 40)) {
        found.add(new Finding(Kind.VEHICLE, m.start(), m.end()));
      }
    }
    Matcher dateless = PLATE_DATELESS.matcher(text);
    while (dateless.find()) {
      if (near(PLATE_CUE, text, dateless.start(), 30)) {
        found.add(new Finding(Kind.VEHICLE, dateless.start(), dateless.end()));
      }
    }
  }

  private static boolean near(Pattern cue, String text, int start, int window) {
    return cue.matcher(text.substring(Math.max(0, start - window), start)).find();
  }

  private static void names(String text, List<Finding> found) {
    Matcher title = TITLE_NAME.matcher(text);
    while (title.find()) {
      if (!Words.isStopWord(title.group(1))) {
        found.add(new Finding(Kind.NAME, title.start(), nameEnd(text, title.end(1))));
      }
    }
    namesAfter(THIRD_PERSON_NAME_CUE.matcher(text), Kind.NAME, text, found);
    namesAfter(PERSON_CALLED_CUE.matcher(text), Kind.NAME, text, found);
    namesAfter(OWN_NAME_CUE.matcher(text), Kind.OWN_NAME, text, found);
  }

  private static void namesAfter(Matcher cue, Kind kind, String text, List<Finding> found) {
    while (cue.find()) {
      Matcher first = FIRST_WORD.matcher(text);
      if (first.find(cue.end()) && !Words.isStopWord(first.group(1))) {
        found.add(new Finding(kind, cue.end(), nameEnd(text, first.end())));
      }
    }
  }

  /** Extends a name over up to two more words that are not ordinary words ("dave smith"). */
  private static int nameEnd(String text, int end) {
    Matcher next = WORD.matcher(text);
    for (int i = 0; i < 2 && end < text.length() && next.find(end); i++) {
      if (Words.isStopWord(next.group(1))) {
        break;
      }
      end = next.end();
    }
    return end;
  }

  private static void addresses(String text, String lower, boolean digits, List<Finding> found) {
    if (digits) {
      addAll(found, Kind.ADDRESS, FLAT.matcher(text));
    }
    Matcher cue = ADDRESS_CUE.matcher(text);
    while (lower.contains("address") && cue.find()) {
      int end = cue.end();
      while (end < text.length() && ".!?;\n".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      if (end > cue.end()) {
        found.add(new Finding(Kind.ADDRESS, cue.end(), end));
      }
    }
    Matcher number = HOUSE_NUMBER.matcher(text);
    while (digits && number.find()) {
      int end = streetEnd(text, number.end());
      if (end > 0) {
        found.add(new Finding(Kind.ADDRESS, number.start(), end));
      }
    }
  }

  /** After a house number: one to three name words ending in a street word, or -1. */
  private static int streetEnd(String text, int from) {
    Matcher word = WORD.matcher(text);
    int at = from;
    for (int i = 0; i < 4 && word.find(at); i++) {
      String w = word.group(1);
      if (i > 0 && Words.isStreetWord(w)) {
        return word.end();
      }
      if (Words.isStopWord(w) && !w.equalsIgnoreCase("the")) {
        return -1;
      }
      at = word.end();
    }
    return -1;
  }

  private static List<Finding> withoutOverlaps(List<Finding> found) {
    found.sort(Comparator.comparingInt(Finding::start).thenComparing(f -> -(f.end() - f.start())));
    List<Finding> out = new ArrayList<>(found.size());
    int reached = -1;
    for (Finding f : found) {
      if (f.start() >= reached) {
        out.add(f);
        reached = f.end();
      } else if (f.end() > reached) {
        Finding last = out.remove(out.size() - 1);
        out.add(new Finding(last.kind(), last.start(), f.end()));
        reached = f.end();
      }
    }
    return out;
  }
}
