package uk.socguide.core.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ConversationRecord;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.core.UserIds;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.core.knowledge.LiveKnowledge;

/**
 * The real dialogue engine on the sample content, for tests in any module:
 *
 * <pre>{@code
 * try (SampleEngine sample = SampleEngine.create()) {
 *   Reply reply = sample.engine().handle(InboundMessage.text("telegram", "c1", "u1", "hi", null));
 *   assertThat(sample.recorded().unanswered()).isEmpty();
 * }
 * }</pre>
 *
 * Each instance has its own database and a {@link TestClock} that starts at 2026-12-01T09:00Z and
 * moves only when told.
 */
public final class SampleEngine implements AutoCloseable {
  /** The key the sample engine hashes conversation ids with. */
  public static final byte[] KEYS_SECRET =
      "sample-engine-conversation-key".getBytes(StandardCharsets.UTF_8);

  private final Backing backing;
  private final LiveKnowledge live;
  private final TestClock clock;
  private final CountingObserver observer;
  private final DialogueEngine engine;

  private SampleEngine(Backing backing, LiveKnowledge live, TestClock clock) {
    this.backing = backing;
    this.live = live;
    this.clock = clock;
    this.observer = new CountingObserver();
    this.engine =
        DialogueEngine.builder(live, backing.stores, backing.stores, new UserIds(KEYS_SECRET))
            .clock(clock)
            .observer(observer)
            .build();
  }

  /** The engine on the sample content, with a fresh database. */
  public static SampleEngine create() {
    return create(SampleKnowledge.sample());
  }

  /** The engine on other knowledge (see {@link SampleKnowledge#train}), with a fresh database. */
  public static SampleEngine create(Knowledge knowledge) {
    return new SampleEngine(
        new Backing(),
        new LiveKnowledge(knowledge),
        new TestClock(Instant.parse("2026-12-01T09:00:00Z")));
  }

  /** The engine on another release, its model trained for it, with a fresh database. */
  public static SampleEngine create(ContentRelease release) {
    return create(SampleKnowledge.train(release));
  }

  /**
   * A new engine on the same database, knowledge and clock, as after a restart of the app. The two
   * share the database: close only one of them.
   */
  public SampleEngine restarted() {
    return new SampleEngine(backing, live, clock);
  }

  public DialogueEngine engine() {
    return engine;
  }

  /** The live knowledge; publish to it to swap content and model. */
  public LiveKnowledge live() {
    return live;
  }

  public TestClock clock() {
    return clock;
  }

  /** Every turn the engine reported to its observer. */
  public CountingObserver observer() {
    return observer;
  }

  /** What the engine stored, read back from the database. */
  public Recorded recorded() {
    return backing;
  }

  @Override
  public void close() {
    // nothing to release until the database is a real one
  }

  /** TEMPORARY until the content module's JDBC stores are on main. */
  private static final class Backing implements Recorded {
    final StandInStores stores = new StandInStores();

    @Override
    public List<UnansweredQuestion> unanswered() {
      return List.copyOf(stores.unanswered);
    }

    @Override
    public List<FeedbackEntry> feedback() {
      return List.copyOf(stores.feedback);
    }

    @Override
    public List<ConversationRecord> conversations() {
      return List.copyOf(stores.conversations.values());
    }

    @Override
    public List<String> everyStoredText() {
      List<String> out = new ArrayList<>();
      for (ConversationRecord r : stores.conversations.values()) {
        out.add(r.conversationId());
        out.add(r.channel());
        out.add(String.valueOf(r.lastTopic()));
        out.addAll(r.pendingChoices());
      }
      stores.unanswered.forEach(q -> out.add(q.redactedText()));
      stores.feedback.forEach(f -> out.add(String.valueOf(f.reason())));
      return out;
    }
  }
}
