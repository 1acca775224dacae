package uk.socguide.core.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.socguide.content.Jurisdiction;
import uk.socguide.core.Audience;
import uk.socguide.intents.Entity;

/**
 * The conversational phrasing the engine understands itself, on {@link Words#normalise normalised}
 * text: who the reader says they are, which nation they name, whether a message leans on the last
 * answer ("who do I call?", "what about in Scotland?") and which offered choice they picked.
 */
final class Phrases {

  private static final Pattern COUNCILLOR_DECLARED =
      Pattern.compile(
          "\\b(?:i am|im|i m|as|speaking as|i work as|i serve as)\\s+(?:a |an |the )?"
              + "(?:(?:local|ward|county|district|parish|borough|city|town|elected|new|newly|"
              + "opposition|cabinet|lead)\\s+)*(?:councillor|councilor|cllr|elected member|"
              + "council member|member of the council)\\b"
              + "|\\bi(?: am|m)? (?:on|a member of) the council\\b");
  private static final Pattern FRONTLINE_DECLARED =
      Pattern.compile(
          "\\b(?:i am|im|i m|as|i work as)\\s+(?:a |an |the |part of the )?"
              + "(?:(?:frontline|front line|council|local authority|housing|licensing|trading standards|"
              + "enforcement|environmental health|community safety|safeguarding|neighbourhood|tenancy|"
              + "social)\\s+)*(?:worker|officer|staff|employee|practitioner|caseworker|case worker|"
              + "team member|member of staff|staff member)\\b"
              + "|\\bi work (?:on|in|at) (?:the )?front ?line\\b"
              + "|\\bi(?: am|m)? (?:on|in) (?:the )?front ?line\\b"
              + "|\\bi work (?:for|at|in) (?:the |a |my )?(?:council|local authority)\\b"
              + "|\\bim (?:front ?line)(?: staff| worker)?\\b");
  // every declaration starts with one of these
  private static final Pattern DECLARATION_HINT = Pattern.compile("\\b(?:i|im|as|speaking)\\b");
  private static final Pattern COUNCILLORS_MENTIONED =
      Pattern.compile("\\b(?:councillors?|councilors?|cllrs?|elected members?|members)\\b");
  private static final Pattern FRONTLINE_MENTIONED =
      Pattern.compile(
          "\\b(?:front ?line|staff|officers?|workers?|practitioners?|colleagues|caseworkers?)\\b");

  private record NationWords(Pattern words, Jurisdiction jurisdiction) {}

  private static final List<NationWords> NATIONS =
      List.of(
          new NationWords(
              Pattern.compile("\\b(?:scotland|scottish|scots)\\b"), Jurisdiction.SCOTLAND),
          new NationWords(
              Pattern.compile("\\b(?:northern ireland|n ireland|ni|norn iron)\\b"),
              Jurisdiction.NORTHERN_IRELAND),
          new NationWords(
              Pattern.compile("\\b(?:england|english|wales|welsh)\\b"),
              Jurisdiction.ENGLAND_AND_WALES));

  private static final Pattern FOLLOW_UP_START =
      Pattern.compile(
          "^(?:what about|how about|and|what if|same for|also|but|so|then|ok so|okay so|what else)\\b");

  /** Words that carry no topic of their own: what is left after removing them is the topic. */
  private static final Set<String> CONTEXT_WORDS =
      Words.set(
          """
          what whats about and how if i im am in for the a an we were are is it its me my us our
          based live living work working from as of then instead case there over up so ok okay
          please same answer version again show tell differ differs different difference change
          changes changed apply applies does do did that this those these they them who whom
          call ring phone contact report reporting number numbers when where why which happen
          happened happening start started begin began more else anything also but here now too
          should can could would will go get got to with say says said mean means just still only
          on at by one ones thing things stuff bit detail details explain again any there
          instead someone somebody need want know let deals deal handles handle responsible
          scotland scottish scots northern ireland ni n norn iron england english wales welsh
          councillor councillors councilor councilors cllr cllrs elected member members
          frontline front line staff officer officers worker workers practitioner practitioners
          colleague colleagues caseworker caseworkers
          """);

  private static final Pattern QUESTION_START =
      Pattern.compile(
          "^(?:(?:and|so|ok|okay|also|but|then|thanks|cheers)\\s+)?(?:what|whats|how|who|whos|whom|when|where|"
              + "why|which|whose|can|could|should|would|will|do|does|did|is|are|was|were|has|have|"
              + "tell me|explain|show me|give me|i need to know|i want to know|any|anyone)\\b");
  private static final Pattern WHO_TO_CONTACT =
      Pattern.compile(
          "\\b(?:who|where|how|what number)\\b.*\\b(?:call|ring|phone|tell|contact|report|go)\\b"
              + "|\\bwhats? (?:is )?the (?:number|phone number)\\b"
              + "|\\b(?:who|where) (?:do|should|can|would) (?:i|we|they|you) go\\b"
              + "|\\bwho (?:deals|handles) (?:with )?(?:it|this|that)\\b");
  private static final Pattern ASKS =
      Pattern.compile("\\b(?:who|what|whats|when|where|why|how|which|call|ring|contact|report)\\b");
  private static final Set<String> REFERRING_WORDS =
      Words.set("that it this those these them they there he she his her their");

  private static final Pattern CHOICE =
      Pattern.compile(
          "^(?:the |number |no |option |choice )?(1|one|first|1st|2|two|second|2nd|3|three|third|"
              + "3rd|last)(?: one| option| choice)?(?: please| thanks)?$");
  private static final Set<String> YES = Words.set("yes yeah yep yup y ok okay sure correct");

  private Phrases() {}

  /**
   * The audience the reader says they belong to ("I'm a councillor", "I work on the frontline").
   */
  static Optional<Audience> declaredAudience(String norm) {
    if (!DECLARATION_HINT.matcher(norm).find()) {
      return Optional.empty();
    }
    if (COUNCILLOR_DECLARED.matcher(norm).find()) {
      return Optional.of(Audience.COUNCILLOR);
    }
    if (FRONTLINE_DECLARED.matcher(norm).find()) {
      return Optional.of(Audience.FRONTLINE);
    }
    return Optional.empty();
  }

  /** The message with any "I'm a councillor" or "I work on the frontline" taken out. */
  static String withoutDeclaration(String norm) {
    if (!DECLARATION_HINT.matcher(norm).find()) {
      return norm;
    }
    String rest = COUNCILLOR_DECLARED.matcher(norm).replaceAll(" ");
    rest = FRONTLINE_DECLARED.matcher(rest).replaceAll(" ");
    return rest.strip().replaceAll(" +", " ");
  }

  /** The audience a short follow-up names ("what about for councillors?"). */
  static Optional<Audience> mentionedAudience(String norm) {
    if (COUNCILLORS_MENTIONED.matcher(norm).find()) {
      return Optional.of(Audience.COUNCILLOR);
    }
    if (FRONTLINE_MENTIONED.matcher(norm).find()) {
      return Optional.of(Audience.FRONTLINE);
    }
    return Optional.empty();
  }

  /** The first nation named, from the model's entities of type nation or from the words. */
  static Optional<Jurisdiction> nation(String norm, List<Entity> entities) {
    for (Entity e : entities) {
      if ("nation".equals(e.type())) {
        Optional<Jurisdiction> j = jurisdictionOf(e.value());
        if (j.isPresent()) {
          return j;
        }
      }
    }
    Jurisdiction found = null;
    int at = Integer.MAX_VALUE;
    for (NationWords n : NATIONS) {
      Matcher m = n.words().matcher(norm);
      if (m.find() && m.start() < at) {
        at = m.start();
        found = n.jurisdiction();
      }
    }
    return Optional.ofNullable(found);
  }

  static Optional<Jurisdiction> jurisdictionOf(String concept) {
    String c = concept.toLowerCase(Locale.ROOT);
    if (c.contains("scot")) {
      return Optional.of(Jurisdiction.SCOTLAND);
    }
    if (c.contains("northern") || c.contains("ireland") || c.equals("ni")) {
      return Optional.of(Jurisdiction.NORTHERN_IRELAND);
    }
    if (c.contains("wales") || c.contains("welsh") || c.contains("england") || c.contains("engl")) {
      return Optional.of(Jurisdiction.ENGLAND_AND_WALES);
    }
    return Optional.empty();
  }

  /** The words of the message that name a subject, once follow-up and context words are gone. */
  static int topicWords(String norm) {
    int n = 0;
    for (String w : tokens(norm)) {
      if (!CONTEXT_WORDS.contains(w)) {
        n++;
      }
    }
    return n;
  }

  /** Nothing in the message but context: a nation, an audience or a follow-up phrase. */
  static boolean contextOnly(String norm) {
    return topicWords(norm) == 0;
  }

  /**
   * The message leans on the previous answer: "what about...", "and in Wales?", "who do I call?".
   */
  static boolean leansOnContext(String norm) {
    return FOLLOW_UP_START.matcher(norm).find()
        || refersBack(norm)
        || (contextOnly(norm) && ASKS.matcher(norm).find());
  }

  /** "When did that happen?": a pronoun stands for the last topic and little else is said. */
  static boolean refersBack(String norm) {
    boolean pronoun = false;
    for (String w : tokens(norm)) {
      pronoun |= REFERRING_WORDS.contains(w);
    }
    return pronoun && topicWords(norm) <= 2;
  }

  /**
   * "Who do I call?", "where do I report it?", "what's the number?": asking where to take the last
   * subject, naming no subject of its own.
   */
  static boolean asksWhoToContact(String norm) {
    return contextOnly(norm) && WHO_TO_CONTACT.matcher(norm).find();
  }

  /**
   * Asked as a question: a question mark, or opening like one ("how do I", "can you", "tell me").
   */
  static boolean looksLikeQuestion(String text, String norm) {
    return text.strip().endsWith("?") || QUESTION_START.matcher(norm).find();
  }

  static int wordCount(String norm) {
    return tokens(norm).length;
  }

  /** The message only picks a choice by its place ("2", "the first one"), whatever is on offer. */
  static boolean onlyPicks(String norm) {
    return CHOICE.matcher(norm).matches();
  }

  /**
   * Which of the offered titles the reply picks: "1", "the second one", "last", "yes" when only one
   * was offered, or the title (or enough of it to tell it apart).
   */
  static OptionalInt choice(String norm, List<String> titles) {
    if (titles.isEmpty() || norm.isEmpty()) {
      return OptionalInt.empty();
    }
    Matcher m = CHOICE.matcher(norm);
    if (m.matches()) {
      int index =
          switch (m.group(1)) {
            case "1", "one", "first", "1st" -> 0;
            case "2", "two", "second", "2nd" -> 1;
            case "3", "three", "third", "3rd" -> 2;
            default -> titles.size() - 1;
          };
      return index < titles.size() ? OptionalInt.of(index) : OptionalInt.empty();
    }
    if (titles.size() == 1 && YES.contains(norm.replace(" please", ""))) {
      return OptionalInt.of(0);
    }
    int match = -1;
    for (int i = 0; i < titles.size(); i++) {
      String title = Words.normalise(titles.get(i));
      boolean fits = title.equals(norm) || (norm.length() >= 4 && title.contains(norm));
      if (fits) {
        if (match >= 0) {
          return OptionalInt.empty(); // fits more than one: not a choice
        }
        match = i;
      }
    }
    return match >= 0 ? OptionalInt.of(match) : OptionalInt.empty();
  }

  private static String[] tokens(String norm) {
    return norm.isEmpty() ? new String[0] : norm.split(" ");
  }
}
