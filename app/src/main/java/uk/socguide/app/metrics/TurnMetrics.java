package uk.socguide.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import uk.socguide.core.Reply;
import uk.socguide.core.dialogue.TurnObserver;

/**
 * Counts and times turns per channel: {@code socguide_turns_total{channel,outcome}}, {@code
 * socguide_fallbacks_total}, {@code socguide_clarifications_total}, {@code
 * socguide_safety_interrupts_total}, {@code socguide_deliveries_failed_total} and the histogram
 * {@code socguide_turn_seconds}: the engine's turn observer. Fast, and never throws.
 */
public final class TurnMetrics implements TurnObserver {
  private final MeterRegistry registry;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  public TurnMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void turnHandled(String channel, Reply.Outcome outcome, long latencyNanos) {
    String ch = channel == null ? "unknown" : channel;
    timer(ch).record(latencyNanos, TimeUnit.NANOSECONDS);
    count(
        "socguide.turns",
        ch,
        outcome == null ? "unknown" : outcome.name().toLowerCase(Locale.ROOT));
    if (outcome == Reply.Outcome.FALLBACK) {
      count("socguide.fallbacks", ch, null);
    } else if (outcome == Reply.Outcome.CLARIFICATION) {
      count("socguide.clarifications", ch, null);
    } else if (outcome == Reply.Outcome.SAFETY) {
      count("socguide.safety.interrupts", ch, null);
    }
  }

  @Override
  public void deliveryFailed(String channel) {
    count("socguide.deliveries.failed", channel == null ? "unknown" : channel, null);
  }

  private void count(String name, String channel, String outcome) {
    String key = name + '|' + channel + '|' + outcome;
    counters
        .computeIfAbsent(
            key,
            k -> {
              Counter.Builder b = Counter.builder(name).tag("channel", channel);
              if (outcome != null) {
                b.tag("outcome", outcome);
              }
              return b.register(registry);
            })
        .increment();
  }

  private Timer timer(String channel) {
    return timers.computeIfAbsent(
        channel,
        c ->
            Timer.builder("socguide.turn")
                .description("time to run one turn through the engine")
                .tag("channel", c)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofNanos(20_000))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry));
  }
}
