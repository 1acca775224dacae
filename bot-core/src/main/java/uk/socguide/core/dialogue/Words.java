package uk.socguide.core.dialogue;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small word lists the guards share. */
final class Words {

  // Function words, common verbs and the services people name: a word in this list is never taken
  // for someone's name or for part of a street name.
  private static final Set<String> STOP =
      set(
          """
          a an the and or but if so of to in on at by for from with without about as into onto
          near next off out up down over under round around behind opposite
          i me my we us our you your he him his she her they them their it its this that these
          those there here who whom whose which what when where why how
          is isn't are aren't was wasn't were be been being am has have had having do does did
          done doing can could will would shall should may might must not no yes
          just also too very really now then again always never still once twice
          lives live living lived sells selling sold deals dealing dealt runs running ran works
          working worked owns owned drives driving drove keeps kept seems looks said says told
          tells goes went gets got comes came uses used stays staying moved threatened
          something someone somebody anyone nobody police crimestoppers ambulance council
          councils helpline nca ceop services back all some any every each one two three other
          another same such only own unknown known called named because since after before
          while until than like say think know want mean run sell deal come go get make take see
          tell ask pay keep give use find help
          """);

  private static final Set<String> STREET =
      set(
          """
          street st road rd avenue ave lane ln close drive dr way court ct crescent cres place pl
          gardens gdns grove terrace hill row walk square sq mews parade park green rise view
          vale wharf yard gate towers tower estate wynd brae loan boulevard broadway circus
          embankment quay
          """);

  private Words() {}

  static boolean isStopWord(String word) {
    return STOP.contains(word.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  static boolean isStreetWord(String word) {
    return STREET.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * Lower case, apostrophes dropped ("he's" becomes "hes"), every other run of characters that are
   * not letters or digits turned into one space, trimmed.
   */
  static String normalise(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = true;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´') {
        continue;
      }
      if (Character.isLetterOrDigit(c)) {
        out.appendCodePoint(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == ' ' ? out.substring(0, end - 1) : out.toString();
  }

  static Set<String> set(String words) {
    return Set.copyOf(List.of(words.strip().split("\\s+")));
  }
}
