package uk.socguide.adapters.teams;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.socguide.core.Suggestion;

/**
 * Quick replies in personal chat are imBack buttons, which post their text as the user's own
 * message. They post the suggestion's readable title, and this remembers, per conversation, which
 * action each offered title stands for, so that picking "The National Crime Agency" sends the
 * engine its exact action rather than words to classify. Only the latest offer counts; memory holds
 * a bounded number of conversations and nothing survives a restart (the title is then understood as
 * typed text).
 */
final class QuickReplies {
  static final int MAX_CONVERSATIONS = 10_000;

  private final Map<String, Map<String, String>> offers =
      new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
          return size() > MAX_CONVERSATIONS;
        }
      };

  /** Records the suggestions just offered as buttons in the conversation. */
  synchronized void offered(String conversationKey, List<Suggestion> suggestions) {
    Map<String, String> byTitle = new LinkedHashMap<>();
    for (Suggestion s : suggestions) {
      byTitle.put(normalise(s.title()), s.value());
    }
    offers.put(conversationKey, byTitle);
  }

  /** The action behind a picked title, or the text unchanged when it is not one just offered. */
  synchronized String resolve(String conversationKey, String text) {
    Map<String, String> byTitle = offers.get(conversationKey);
    if (byTitle == null) {
      return text;
    }
    String value = byTitle.get(normalise(text));
    return value == null ? text : value;
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
