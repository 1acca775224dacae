package uk.socguide.core.dialogue;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.content.ConversationStore;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.InboxStore;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.UserIds;
import uk.socguide.core.knowledge.Knowledge;

/**
 * The dialogue engine: one synchronous turn from an {@link InboundMessage} to a {@link Reply}.
 *
 * <p>A turn runs the input guard (empty, too long, control characters, not text: a short reply and
 * nothing stored), the safety interrupt (999 first), the personal-data guard (no reports taken,
 * nothing of the message kept), then intent detection and the policy: answer, follow-up,
 * clarification, small talk, fallback, feedback, audience switch. Conversation state is kept per
 * channel and conversation id in the {@link ConversationStore}; unanswered questions and feedback
 * go to the {@link InboxStore} with personal data redacted. The raw text of a message is never
 * stored.
 *
 * <p>Each turn reads the {@link Knowledge} supplier once and uses that release and model to the
 * end, so publishing a new pair never leaves a message half answered by the old one. Thread-safe;
 * never throws for anything a user sends.
 */
public final class DialogueEngine implements TurnHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DialogueEngine.class);

  private final Supplier<Knowledge> knowledge;
  private final ConversationStates states;
  private final Effects inbox;
  private final Clock clock;
  private final TurnObserver observer;
  private final Dialogue dialogue;
  private volatile Catalogue catalogue;

  private DialogueEngine(Builder b) {
    this.knowledge = b.knowledge;
    this.states = new ConversationStates(b.conversations, b.keys);
    this.inbox = new InboxEffects(b.inbox);
    this.clock = b.clock;
    this.observer = b.observer;
    this.dialogue = new Dialogue(new Redactor());
  }

  /**
   * Starts building an engine.
   *
   * @param knowledge the live release and model, read once per turn (usually a {@code
   *     LiveKnowledge})
   * @param keys the app's keyed hash, used to key conversation state so that no platform id is
   *     stored
   */
  public static Builder builder(
      Supplier<Knowledge> knowledge,
      ConversationStore conversations,
      InboxStore inbox,
      UserIds keys) {
    return new Builder(knowledge, conversations, inbox, keys);
  }

  @Override
  public Reply handle(InboundMessage message) {
    long start = System.nanoTime();
    Reply reply;
    try {
      reply = run(message);
    } catch (RuntimeException e) {
      // the message's text is never logged
      LOG.error("turn failed on channel {}", message.channel(), e);
      reply = failed();
    }
    try {
      observer.turnHandled(message.channel(), reply.outcome(), System.nanoTime() - start);
    } catch (RuntimeException e) {
      LOG.warn("turn observer failed: {}", e.toString());
    }
    return reply;
  }

  /**
   * What the engine would reply to a message in a new conversation answered from {@code draft}: for
   * editors trying a draft before it is published. Reads and writes no conversation state, records
   * nothing for editors, and is not counted in the metrics.
   */
  public Reply preview(Knowledge draft, InboundMessage message) {
    Catalogue c = new Catalogue(draft);
    Optional<InputGuard.Rejection> rejected = InputGuard.check(message);
    if (rejected.isPresent()) {
      return Dialogue.rejected(rejected.get());
    }
    if (message.kind() == InboundMessage.Kind.CONVERSATION_START) {
      return Dialogue.welcome(c);
    }
    return dialogue.respond(
        new Turn(message, c, clock.instant(), Effects.NONE, ConversationState.EMPTY));
  }

  /**
   * A topic's answer from {@code draft} exactly as a reader with that audience and jurisdiction
   * would see it, with nothing read or stored.
   *
   * @param audience the reader's audience, or {@code null} for the default answer
   * @param jurisdiction the reader's nation, or {@code null} for the answer that applies everywhere
   */
  public Reply previewTopic(
      Knowledge draft, String topicId, Audience audience, Jurisdiction jurisdiction) {
    ConversationState state =
        ConversationState.EMPTY.withAudience(audience).withJurisdiction(jurisdiction);
    InboundMessage message = InboundMessage.text("preview", "preview", "preview", "", audience);
    Turn t = new Turn(message, new Catalogue(draft), clock.instant(), Effects.NONE, state);
    return dialogue.openTopic(t, topicId);
  }

  private Reply run(InboundMessage message) {
    Catalogue c = catalogueFor(knowledge.get());
    Optional<InputGuard.Rejection> rejected = InputGuard.check(message);
    if (rejected.isPresent()) {
      return Dialogue.rejected(rejected.get());
    }
    if (message.kind() == InboundMessage.Kind.CONVERSATION_START) {
      return Dialogue.welcome(c);
    }
    Instant now = clock.instant();
    String key = states.key(message.channel(), message.conversationId());
    Turn t = new Turn(message, c, now, inbox, states.load(key, now));
    Reply reply = dialogue.respond(t);
    states.save(key, message.channel(), t.state, now);
    return reply;
  }

  private Catalogue catalogueFor(Knowledge k) {
    Catalogue c = catalogue;
    if (c == null || c.knowledge() != k) {
      c = new Catalogue(k);
      catalogue = c;
    }
    return c;
  }

  private Reply failed() {
    Catalogue c;
    try {
      c = catalogueFor(knowledge.get());
    } catch (RuntimeException e) {
      c = null;
    }
    ReplyMessage sorry = ReplyMessage.of(EngineTexts.error(c));
    return new Reply(List.of(sorry), Reply.Outcome.ERROR, null, 0, List.of());
  }

  /** Records for editors; a failing inbox is logged and never costs the reader their answer. */
  private static final class InboxEffects implements Effects {
    private final InboxStore store;

    InboxEffects(InboxStore store) {
      this.store = store;
    }

    @Override
    public void unanswered(UnansweredQuestion question) {
      try {
        store.recordUnanswered(question);
      } catch (RuntimeException e) {
        LOG.warn("unanswered question not recorded: {}", e.toString());
      }
    }

    @Override
    public long feedback(FeedbackEntry entry) {
      try {
        return store.recordFeedback(entry);
      } catch (RuntimeException e) {
        LOG.warn("feedback not recorded: {}", e.toString());
        return 0;
      }
    }

    @Override
    public void feedbackReason(long feedbackId, String redactedReason) {
      try {
        store.addFeedbackReason(feedbackId, redactedReason);
      } catch (RuntimeException e) {
        LOG.warn("feedback reason not recorded: {}", e.toString());
      }
    }
  }

  /** Builds a {@link DialogueEngine}. */
  public static final class Builder {
    private final Supplier<Knowledge> knowledge;
    private final ConversationStore conversations;
    private final InboxStore inbox;
    private final UserIds keys;
    private Clock clock = Clock.systemUTC();
    private TurnObserver observer = TurnObserver.NONE;

    private Builder(
        Supplier<Knowledge> knowledge,
        ConversationStore conversations,
        InboxStore inbox,
        UserIds keys) {
      this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
      this.conversations = Objects.requireNonNull(conversations, "conversations");
      this.inbox = Objects.requireNonNull(inbox, "inbox");
      this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The clock turns are timed by (state expiry, record times); the system UTC clock if unset. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Told about every turn; nothing if unset. */
    public Builder observer(TurnObserver observer) {
      this.observer = Objects.requireNonNull(observer, "observer");
      return this;
    }

    public DialogueEngine build() {
      return new DialogueEngine(this);
    }
  }
}
