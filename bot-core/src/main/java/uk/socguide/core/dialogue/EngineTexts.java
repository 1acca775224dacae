package uk.socguide.core.dialogue;

import uk.socguide.content.Jurisdiction;
import uk.socguide.content.ReportingRoute;
import uk.socguide.core.Audience;
import uk.socguide.core.markup.Markup;

/**
 * Every sentence the engine writes itself, in one place. None of them states a fact about organised
 * crime: facts come from content. The one number here, the emergency number, comes from the
 * release's emergency route when it has one.
 */
final class EngineTexts {
  static final String NAME = "SOC Guide";
  static final String SCOPE =
      "I answer questions about serious and organised crime for councillors and council staff: who"
          + " does what, where to report it, the National Crime Agency, the national strategy, and"
          + " what councils and councillors can do.";
  static final String LIMITS =
      "My answers come from reviewed sources, each shown with the date it was last checked. I give"
          + " guidance, not legal advice, and I don't take reports: please don't send me names,"
          + " addresses or other details about people.";

  static final String REPORT_MENU_SUGGESTION = "Where to report something";
  static final String HELP_SUGGESTION = "What can you help with?";

  private EngineTexts() {}

  static Markup welcome(Catalogue c) {
    return Markup.parse(
        "Hello, I'm "
            + NAME
            + ". "
            + SCOPE
            + "\n\n"
            + LIMITS
            + "\n\n"
            + "**If someone is in immediate danger or a crime is happening now, call "
            + c.emergencyNumber()
            + ".**\n\nAsk a question in your own words, or pick one below.");
  }

  static Markup help(Catalogue c) {
    return Markup.parse(
        SCOPE
            + "\n\n"
            + LIMITS
            + "\n\nAsk in your own words, or pick one below. If someone is in immediate danger, call "
            + c.emergencyNumber()
            + ".");
  }

  /** The first message of a reply to someone who may be in danger now. */
  static Markup safetyPreface(Catalogue c) {
    StringBuilder s =
        new StringBuilder("**If someone is in immediate danger or a crime is happening now, call ")
            .append(c.emergencyNumber())
            .append(" now.** Do that before anything else.");
    c.emergencyRoute().ifPresent(route -> appendOtherWays(s, route));
    return Markup.parse(s.toString());
  }

  private static void appendOtherWays(StringBuilder s, ReportingRoute route) {
    String textphone = route.textphone();
    String sms = route.sms();
    if (textphone.isEmpty() && sms.isEmpty()) {
      return;
    }
    s.append("\n\nIf you can't speak on the phone: ");
    if (!textphone.isEmpty()) {
      s.append("textphone ").append(textphone);
    }
    if (!sms.isEmpty()) {
      s.append(textphone.isEmpty() ? "text " : ", or text ").append(sms);
    }
    s.append('.');
  }

  static Markup personalData(boolean routeFollows) {
    return Markup.parse(
        "I can't take reports, so I haven't kept your message. Please don't send names,"
            + " addresses, phone numbers or vehicle details here: give them to the service that"
            + " can act on them."
            + (routeFollows
                ? "\n\nHere is where to report what you describe:"
                : "\n\nPick the situation that fits best to see where to report it."));
  }

  static Markup fallback(String offTopicAnswer) {
    String opening = offTopicAnswer == null ? "Sorry, I can't help with that." : offTopicAnswer;
    return Markup.parse(opening + "\n\n" + SCOPE + " Try one of these:");
  }

  static String clarifyIntro() {
    return "Did you mean one of these? Pick one, or reply with its number:";
  }

  static String numbered(int index, String title) {
    return (index + 1) + ". " + title;
  }

  static Markup feedbackThanks() {
    return Markup.plain("Thanks, I'm glad that helped.");
  }

  static Markup askReason() {
    return Markup.plain(
        "Thanks for telling me. What was missing or wrong? Type it in a few words and I'll pass it"
            + " to the people who keep the answers up to date (please leave out names and other"
            + " personal details). Or just ask another question.");
  }

  static Markup reasonThanks() {
    return Markup.plain("Thank you. I've passed that on to the people who keep the answers right.");
  }

  static String audienceSet(Audience audience) {
    return audience == Audience.COUNCILLOR
        ? "OK, I'll word my answers for councillors."
        : "OK, I'll word my answers for frontline council staff.";
  }

  static String jurisdictionSet(Jurisdiction jurisdiction) {
    return "OK, where the answer differs I'll give the version for " + place(jurisdiction) + ".";
  }

  static String place(Jurisdiction j) {
    return switch (j) {
      case SCOTLAND -> "Scotland";
      case NORTHERN_IRELAND -> "Northern Ireland";
      case ENGLAND_AND_WALES -> "England and Wales";
    };
  }

  static String showAgain(String title) {
    return "Show \"" + title + "\" again";
  }

  static Markup reportMenu(Catalogue c) {
    return Markup.parse(
        "**If someone is in immediate danger or a crime is happening now, call "
            + c.emergencyNumber()
            + ".**\n\nOtherwise, pick the situation that fits best:");
  }

  static Markup topicGone() {
    return Markup.plain("That topic isn't available any more. Try one of these:");
  }

  static Markup rejected(InputGuard.Rejection why) {
    return Markup.plain(
        switch (why) {
          case EMPTY -> "Please type a question.";
          case TOO_LONG ->
              "That message is too long for me. Please keep it under "
                  + String.format("%,d", InputGuard.MAX_CHARACTERS)
                  + " characters.";
          case CONTROL_CHARACTERS ->
              "I couldn't read that message: it contains hidden control characters. Please type"
                  + " your question again.";
          case NOT_TEXT -> "I can only read text. Please type your question.";
        });
  }

  /** Said when a turn fails; {@code c} is null when not even the release could be read. */
  static Markup error(Catalogue c) {
    return Markup.parse(
        "Sorry, something went wrong on my side. Please try again in a moment.\n\n**If someone is"
            + " in immediate danger or a crime is happening now, call "
            + (c == null ? "999" : c.emergencyNumber())
            + ".**");
  }
}
