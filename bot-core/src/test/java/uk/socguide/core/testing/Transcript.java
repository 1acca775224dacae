package uk.socguide.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;

/**
 * A conversation test that reads like the conversation:
 *
 * <pre>{@code
 * Transcript.withSampleContent()
 *     .user("how do i report fraud").botAnswers("report.fraud")
 *     .user("what if i'm in scotland?").botAnswers("report.fraud").botSays("Police Scotland");
 * }</pre>
 *
 * Each line sends a message to the real engine or checks its last reply; a check that fails names
 * the whole reply.
 */
public final class Transcript {
  private final SampleEngine sample;
  private String channel = "web";
  private String conversationId = "conversation-1";
  private String user = "user-1";
  private Audience hint;
  private Reply last;

  private Transcript(SampleEngine sample) {
    this.sample = sample;
  }

  /** A conversation with the real engine on the sample content and a fresh database. */
  public static Transcript withSampleContent() {
    return new Transcript(SampleEngine.create());
  }

  /** A conversation with an engine a test has set up (to inspect its database or swap content). */
  public static Transcript on(SampleEngine sample) {
    return new Transcript(sample);
  }

  public Transcript channel(String name) {
    this.channel = name;
    return this;
  }

  public Transcript conversation(String id) {
    this.conversationId = id;
    return this;
  }

  /** The audience the channel assumes (Teams: councillor; Telegram: frontline). */
  public Transcript audienceHint(Audience audience) {
    this.hint = audience;
    return this;
  }

  public SampleEngine sample() {
    return sample;
  }

  public Reply reply() {
    assertThat(last).as("no message has been sent yet").isNotNull();
    return last;
  }

  // ---- what the user does

  public Transcript user(String text) {
    return send(InboundMessage.text(channel, conversationId, user, text, hint));
  }

  /** The user opens the conversation (Teams membersAdded, Telegram /start). */
  public Transcript opens() {
    return send(
        new InboundMessage(
            channel, conversationId, user, "", hint, InboundMessage.Kind.CONVERSATION_START));
  }

  /** The user sends a photo, sticker or anything else that is not text. */
  public Transcript sendsNonText() {
    return send(
        new InboundMessage(channel, conversationId, user, "", hint, InboundMessage.Kind.NON_TEXT));
  }

  /** The user presses the {@code n}th button (from 1) offered by the last reply. */
  public Transcript picks(int n) {
    List<Suggestion> offered = suggestions();
    assertThat(offered).as("buttons offered in %s", last).hasSizeGreaterThanOrEqualTo(n);
    return user(offered.get(n - 1).value());
  }

  /** The user presses the button with this title. */
  public Transcript picks(String title) {
    return user(
        suggestions().stream()
            .filter(s -> s.title().equals(title))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button '" + title + "' in " + last))
            .value());
  }

  public Transcript ratesHelpful() {
    return user(Actions.feedback(feedbackTopic(), true));
  }

  public Transcript ratesNotHelpful() {
    return user(Actions.feedback(feedbackTopic(), false));
  }

  /** Time passes with nothing said. */
  public Transcript waits(Duration idle) {
    sample.clock().advance(idle);
    return this;
  }

  // ---- what the bot should have done

  public Transcript botReplies(Consumer<Reply> check) {
    check.accept(reply());
    return this;
  }

  public Transcript outcomeIs(Reply.Outcome outcome) {
    assertThat(reply().outcome()).as("outcome of %s", last).isEqualTo(outcome);
    return this;
  }

  /** The reply answers the topic: its message has the topic's title, sources and feedback. */
  public Transcript botAnswers(String topicId) {
    outcomeIs(Reply.Outcome.ANSWER);
    assertThat(last.intent()).as("topic answered in %s", last).isEqualTo(topicId);
    ReplyMessage answer = last.messages().get(last.messages().size() - 1);
    assertThat(answer.feedbackTopic()).isEqualTo(topicId);
    assertThat(answer.title()).isNotBlank();
    assertThat(answer.sources()).as("sources of %s", topicId).isNotEmpty();
    assertThat(answer.lastReviewed()).isNotNull();
    return this;
  }

  /** Some message of the reply contains the text. */
  public Transcript botSays(String fragment) {
    assertThat(text()).as("text of %s", last).contains(fragment);
    return this;
  }

  public Transcript botDoesNotSay(String fragment) {
    assertThat(text()).as("text of %s", last).doesNotContain(fragment);
    return this;
  }

  /** It says plainly it cannot help, what it can do, and offers three ways on. */
  public Transcript botFallsBack() {
    outcomeIs(Reply.Outcome.FALLBACK);
    assertThat(last.intent()).isNull();
    assertThat(last.fallback()).isTrue();
    assertThat(suggestions()).hasSize(3);
    return this;
  }

  /** It asks "did you mean" with these topics as buttons, in this order. */
  public Transcript botAsksWhichOf(String... topicIds) {
    outcomeIs(Reply.Outcome.CLARIFICATION);
    assertThat(suggestions().stream().map(Suggestion::value))
        .containsExactly(
            java.util.Arrays.stream(topicIds).map(Actions::topic).toArray(String[]::new));
    return this;
  }

  /** It asks "did you mean", offering two or three topics. */
  public Transcript botAsksToClarify() {
    outcomeIs(Reply.Outcome.CLARIFICATION);
    assertThat(suggestions()).hasSizeBetween(1, 3);
    return this;
  }

  /** The first message tells them to call 999 now. */
  public Transcript botStartsWith999() {
    assertThat(reply().outcome()).as("outcome of %s", last).isEqualTo(Reply.Outcome.SAFETY);
    assertThat(last.messages().get(0).body().plainText()).contains("call 999");
    return this;
  }

  public Transcript botOffers(String... titles) {
    assertThat(suggestions().stream().map(Suggestion::title)).contains(titles);
    return this;
  }

  // ---- helpers

  private Transcript send(InboundMessage message) {
    last = sample.engine().handle(message);
    assertThat(last.messages()).as("a reply always has a message").isNotEmpty();
    return this;
  }

  /** The buttons of the last message that has any. */
  public List<Suggestion> suggestions() {
    List<ReplyMessage> messages = reply().messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (!messages.get(i).suggestions().isEmpty()) {
        return messages.get(i).suggestions();
      }
    }
    return List.of();
  }

  /** All the reply's messages as plain text, titles included. */
  public String text() {
    StringBuilder s = new StringBuilder();
    for (ReplyMessage m : reply().messages()) {
      if (m.title() != null) {
        s.append(m.title()).append("\n");
      }
      s.append(m.body().plainText()).append("\n\n");
    }
    return s.toString();
  }

  private String feedbackTopic() {
    return reply().messages().stream()
        .map(ReplyMessage::feedbackTopic)
        .filter(t -> t != null)
        .reduce((a, b) -> b)
        .orElseThrow(() -> new AssertionError("no answer to rate in " + last));
  }

  @Override
  public String toString() {
    return "Transcript on " + channel + "/" + conversationId + ", last reply: " + last;
  }
}
