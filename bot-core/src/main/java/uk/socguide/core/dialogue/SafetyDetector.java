package uk.socguide.core.dialogue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots a message that says someone is in danger now, a crime is happening now or a child is at
 * risk, however it is worded or spelt, so the reply can start with 999.
 *
 * <p>Questions about the routes themselves ("what number do I call in an emergency", "how do I
 * report a crime in progress") are not emergencies: they are answered from content, whose emergency
 * answer gives 999. A general question with no sign of a real situation (no "I can see", "right
 * now", "he's", "my"...) is treated the same way. Negated statements ("no one is in danger") do not
 * count. Stateless and thread-safe.
 */
final class SafetyDetector {

  private static final String WEAPON =
      "(?:knife|knives|gun|guns|firearm|firearms|pistol|rifle|shotgun|machete|machetes|blade|"
          + "blades|weapon|weapons|sword|swords|crossbow|axe|acid)";
  private static final String HARMED =
      "(?:hurt|attacked|beaten|beat|hit|punched|kicked|stabbed|shot|abused|assaulted|raped|"
          + "kidnapped|strangled|choked|threatened|trafficked|groomed|exploited|chased|burgled|"
          + "robbed|mugged|harmed|battered|killed|murdered|smacked)";
  private static final String HARMING =
      "(?:hitting|beating|attacking|hurting|stabbing|shooting|strangling|choking|kicking|"
          + "punching|abusing|threatening|raping|killing|battering|smacking)";
  private static final String CHILD =
      "(?:child|children|kid|kids|baby|babies|toddler|infant|teenager|teen|teens|girl|girls|boy|"
          + "boys|daughter|son|pupil|pupils|minor|minors|schoolgirl|schoolboy|young person|"
          + "young people|youngster|youngsters|\\d{1,2} (?:year|years|yr) old|\\d{1,2} yo)";
  private static final String CHILD_RISK =
      "(?:at risk|in danger|being (?:hurt|abused|harmed|exploited|groomed|trafficked|beaten|hit|"
          + "neglected|sold|used|raped|assaulted|attacked|touched|threatened|held|kept|taken)|"
          + "not safe|unsafe|missing(?! school| lessons| class| out)|gone missing|locked in|"
          + "left alone|home alone|abandoned|(?:scared|afraid|frightened) to go home|"
          + "taken away|with (?:older|old) men)";

  /** Said in a real situation; a general question about routes or crime types is not enough. */
  private static final List<Pattern> SITUATIONS =
      compile(
          "\\b(?:got|has|have|had|holding|holds|carrying|carries|carry|waving|wielding|"
              + "brandishing|pulled|pulling|pointing|points|armed with|with)(?: out| up)? "
              + "(?:a |an |his |her |their |the |some |two |2 )?(?:big |large |huge |small |massive )?"
              + WEAPON
              + "\\b",
          "\\b(?:knife|gun|machete|acid) (?:attack|point|fight)\\b",
          "\\b(?:breaking|forcing|smashing|kicking|climbing) (?:in|into|down|through|open)\\b",
          "\\b(?:burglars?|robbers?|intruders?|burglary|robbery|break in) (?:is |are )?"
              + "(?:in progress|happening|going on|in the house|in my house|inside|downstairs|"
              + "upstairs|here)\\b",
          "\\b(?:being|getting) " + HARMED + "\\b",
          "\\bbeing held (?:captive|hostage|prisoner|against)\\b",
          "\\bheld (?:against (?:their|his|her|my|our) will|captive|hostage|prisoner)\\b",
          "\\b(?:been|just|has just been) (?:stabbed|shot|attacked|beaten up|assaulted|raped|"
              + "kidnapped|strangled)\\b",
          "\\b(?:he|she|they|someone|somebody|people|men|man|woman|gang|guy|dad|mum|father|"
              + "mother|partner|boyfriend|husband|stepdad)(?: is| are| keeps| has started| started)? "
              + HARMING
              + "\\b",
          "\\b(?:going to|about to|threatening to|threatened to|threatens to|trying to|wants to|"
              + "want to|will|says he will|said he would|said they would|said she would) "
              + "(?:kill|hurt|stab|shoot|attack|harm|beat|rape|murder|burn|torch)\\b",
          "\\b(?:kill|hurt|harm) (?:myself|himself|herself|themselves|themself)\\b",
          "\\b(?:got|gets|get) (?:stabbed|shot|attacked|beaten|jumped|mugged|kidnapped|assaulted|"
              + "glassed)\\b",
          "\\b(?:is|are) (?:threatening|attacking|hitting|beating|hurting|stabbing|shooting) "
              + "(?:me|us|her|him|them|my|our|a|the|people|someone|somebody|residents?|tenants?|"
              + "staff|neighbours?)\\b",
          "\\b(?:someone|somebody|he|she|they|a man|a woman|men|a car|a van) (?:is |are )?"
              + "(?:following|stalking|chasing) (?:me|us|her|him|them)\\b",
          "\\bholding (?:me|us|her|him|them|people|someone|somebody) (?:against|captive|hostage|"
              + "prisoner)\\b",
          "\\b(?:scared|afraid|frightened|fear|fearing|worried) for (?:my|his|her|their|our) "
              + "(?:life|lives|safety)\\b",
          "\\bthere (?:is|are) (?:a |an )?(?:big |massive |huge )?(?:fight|brawl|stabbing|shooting|"
              + "riot)\\b",
          "\\b(?:screaming for help|shouting for help|calling for help|crying for help|dying)\\b",
          "\\b(?:in|into) (?:immediate |real |serious |grave |great |big |mortal )?danger\\b",
          "\\bnot (?:feel |feeling )?safe\\b",
          "\\b(?:feel|feels|am|is|are) unsafe\\b",
          "\\b(?:life|lives) (?:is |are )?(?:at risk|in danger|under threat|threatened)\\b",
          "\\b(?:i am|we are|he is|she is|they are|someone is|people are|child is|kids are) "
              + "(?:being )?(?:trapped|locked in)\\b",
          "\\b(?:bleeding (?:badly|heavily|a lot|everywhere)|is bleeding|are bleeding|"
              + "not breathing|unconscious|overdosed)\\b",
          "\\b(?:crime|it|something|fight|attack|robbery|burglary) (?:is )?(?:happening|going on|"
              + "taking place|in progress) (?:right )?now\\b",
          "\\bcrime (?:is )?in progress\\b",
          "\\b(?:selling|dealing) (?:drugs|crack|heroin|weed|coke|cocaine)\\b.*\\b(?:right now|"
              + "as we speak|at the moment)\\b",
          "\\b(?:fighting|robbing|stealing|smashing|attacking|shooting|stabbing|burgling|looting|"
              + "kidnapping|setting fire)\\b.*\\b(?:right now|as we speak|at the moment)\\b",
          "\\b(?:on fire|set fire to|setting fire to)\\b",
          "\\b" + CHILD + "\\b(?: \\S+){0,6}? " + CHILD_RISK + "\\b");

  /** An outright call for help: an emergency whatever else the message says. */
  private static final List<Pattern> EXPLICIT =
      compile(
          // a bare "help" asks what the assistant can do; these ask for rescue
          "^(?:emergency|sos|urgent help|help help|help help help|emergency help)$",
          "\\b(?:this is|it is) (?:an |a )?(?:emergency|urgent)\\b",
          "\\b(?:help|please help|help me|help us) (?:now|quick|quickly|urgently|asap|right now)\\b");

  private static final Pattern GENERAL_QUESTION =
      Pattern.compile(
          "^(?:what|how|why|when|where|which|who|whose|is|are|does|do|can|could|should|would|will|"
              + "tell me|explain|define|describe|give me|list)\\b");
  private static final Pattern SITUATIONAL =
      Pattern.compile(
          "\\b(?:i think|i can see|i can hear|i see|i saw|i heard|i hear|i am|my|our|me|us|"
              + "there is|there are|right now|at the moment|as we speak|currently|tonight|today|"
              + "outside|next door|upstairs|downstairs|in front of me|he is|she is|they are|"
              + "someone is|somebody is|he has|she has|they have|someone has)\\b");
  private static final Set<String> NEGATIONS =
      Words.set("not no nobody noone never without neither nor");

  boolean isEmergency(String text) {
    String canonical = Spelling.canonical(Words.normalise(text));
    if (canonical.isEmpty() || !hasTrigger(canonical)) {
      return false;
    }
    for (Pattern p : EXPLICIT) {
      if (affirmed(p.matcher(canonical), canonical)) {
        return true;
      }
    }
    if (GENERAL_QUESTION.matcher(canonical).find() && !SITUATIONAL.matcher(canonical).find()) {
      return false;
    }
    for (Pattern p : SITUATIONS) {
      if (affirmed(p.matcher(canonical), canonical)) {
        return true;
      }
    }
    return false;
  }

  /** Every pattern needs one of these words, so a message with none of them is not checked. */
  private static final Set<String> TRIGGERS =
      Words.set(
          (WEAPON + HARMED + HARMING + CHILD).replaceAll("[^a-z]+", " ")
              + """
               breaking forcing smashing kicking climbing burglar burglars robber robbers intruder
               intruders burglary robbery break held kill hurt stab shoot attack harm beat rape
               murder burn torch jumped glassed following stalking chasing holding life lives
               safety fight brawl stabbing shooting riot help dying danger safe unsafe trapped
               locked bleeding breathing unconscious overdosed happening going taking progress
               selling dealing fighting robbing stealing looting kidnapping setting fire emergency
               sos urgent
               """);

  private static boolean hasTrigger(String canonical) {
    int start = 0;
    int n = canonical.length();
    for (int i = 0; i <= n; i++) {
      if (i == n || canonical.charAt(i) == ' ') {
        if (i > start && TRIGGERS.contains(canonical.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** True when a match is found that is not negated by one of the four words before it. */
  private static boolean affirmed(Matcher m, String text) {
    while (m.find()) {
      if (!negated(text, m.start())) {
        return true;
      }
    }
    return false;
  }

  private static boolean negated(String text, int start) {
    String[] before = text.substring(0, start).split(" ");
    for (int i = Math.max(0, before.length - 4); i < before.length; i++) {
      if (NEGATIONS.contains(before[i])) {
        return true;
      }
    }
    return false;
  }

  private static List<Pattern> compile(String... regexes) {
    return Arrays.stream(regexes).map(Pattern::compile).toList();
  }
}
