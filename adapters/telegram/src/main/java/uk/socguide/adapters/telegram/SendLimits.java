package uk.socguide.adapters.telegram;

import java.time.Duration;

/**
 * How fast and how stubbornly the adapter sends. The defaults follow Telegram's published limits:
 * about one message a second in a chat, twenty a minute in a group and thirty a second overall.
 *
 * @param perChat the least time between two messages to one private chat
 * @param perGroup the least time between two messages to one group
 * @param perSecond messages a second across all chats; 0 for no limit
 * @param firstBackoff the wait after the first network failure; doubled each time after
 * @param maxBackoff the longest wait between two attempts
 * @param attempts how many times a message is tried when the network fails before it is given up
 */
record SendLimits(
    Duration perChat,
    Duration perGroup,
    int perSecond,
    Duration firstBackoff,
    Duration maxBackoff,
    int attempts) {

  static final SendLimits TELEGRAM =
      new SendLimits(
          Duration.ofSeconds(1),
          Duration.ofSeconds(3),
          30,
          Duration.ofMillis(500),
          Duration.ofSeconds(30),
          8);
}
