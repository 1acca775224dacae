package uk.socguide.adapters.teams;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which personal chats were welcomed lately, so each install is welcomed once. Teams announces a
 * personal install twice, as a conversationUpdate adding the bot and as an installationUpdate
 * {@code add}, in no fixed order and possibly at the same moment; neither can be relied on alone
 * (the Emulator sends only the first), so whichever arrives first claims the welcome. A removal
 * forgets the chat, so a reinstall is welcomed again; entries also lapse after a while, which keeps
 * the memory small.
 */
final class Welcomes {
  static final Duration REMEMBER = Duration.ofHours(1);
  private static final int TIDY_ABOVE = 10_000;

  private final Map<String, Instant> welcomed = new ConcurrentHashMap<>();
  private final Clock clock;

  Welcomes(Clock clock) {
    this.clock = clock;
  }

  /** True for the first caller for this conversation; false while a welcome is remembered. */
  boolean claim(String conversationKey) {
    Instant now = clock.instant();
    boolean[] claimed = {false};
    welcomed.compute(
        conversationKey,
        (key, at) -> {
          if (at != null && now.isBefore(at.plus(REMEMBER))) {
            return at;
          }
          claimed[0] = true;
          return now;
        });
    if (welcomed.size() > TIDY_ABOVE) {
      welcomed.values().removeIf(at -> !now.isBefore(at.plus(REMEMBER)));
    }
    return claimed[0];
  }

  /** The bot left the chat: a later install is a new welcome. */
  void forget(String conversationKey) {
    welcomed.remove(conversationKey);
  }
}
