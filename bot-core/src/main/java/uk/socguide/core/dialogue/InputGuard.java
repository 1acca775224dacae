package uk.socguide.core.dialogue;

import java.util.Optional;
import uk.socguide.core.InboundMessage;

/** Turns away what the engine cannot read, before anything looks at it or stores it. */
final class InputGuard {
  static final int MAX_CHARACTERS = 2_000;

  enum Rejection {
    EMPTY,
    TOO_LONG,
    CONTROL_CHARACTERS,
    NOT_TEXT
  }

  private InputGuard() {}

  static Optional<Rejection> check(InboundMessage message) {
    switch (message.kind()) {
      case CONVERSATION_START:
        return Optional.empty();
      case NON_TEXT:
        return Optional.of(Rejection.NOT_TEXT);
      default:
        break;
    }
    String text = message.text();
    if (text.isBlank()) {
      return Optional.of(Rejection.EMPTY);
    }
    if (text.length() > MAX_CHARACTERS && text.codePointCount(0, text.length()) > MAX_CHARACTERS) {
      return Optional.of(Rejection.TOO_LONG);
    }
    return unreadable(text) ? Optional.of(Rejection.CONTROL_CHARACTERS) : Optional.empty();
  }

  /** Control characters other than tab and line breaks, and halves of broken surrogate pairs. */
  private static boolean unreadable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
