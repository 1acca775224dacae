package uk.socguide.adapters.telegram;

import java.time.Clock;
import java.time.Duration;

/**
 * Internal sizes and timings; tests and benchmarks shorten them, production uses {@link #DEFAULT}.
 *
 * @param limits send rates and retries
 * @param lanes how many chats are worked on at once
 * @param laneQueue updates waiting per lane before the webhook answers 503
 * @param perChatBacklog updates one private chat may have waiting or in progress; more are dropped
 * @param perGroupBacklog the same for a group, whose members share it and which the bot may answer
 *     only about once every three seconds
 * @param noticeQueue "too many messages" notices waiting to be sent, across all chats
 * @param buttons how many buttons' values are remembered
 * @param buttonLife how long a button keeps working
 * @param recentUpdates how many update ids are remembered to skip repeats
 * @param shutdownGrace how long replies in progress may take to finish at shutdown
 * @param firstRetry the wait before retrying a start-up that failed for lack of network
 * @param clock the time, for buttons' expiry
 */
record Tuning(
    SendLimits limits,
    int lanes,
    int laneQueue,
    int perChatBacklog,
    int perGroupBacklog,
    int noticeQueue,
    int buttons,
    Duration buttonLife,
    int recentUpdates,
    Duration shutdownGrace,
    Duration firstRetry,
    Clock clock) {

  static final Tuning DEFAULT =
      new Tuning(
          SendLimits.TELEGRAM,
          16,
          256,
          10,
          30,
          256,
          50_000,
          Duration.ofDays(2),
          10_000,
          Duration.ofSeconds(5),
          Duration.ofSeconds(5),
          Clock.systemUTC());
}
