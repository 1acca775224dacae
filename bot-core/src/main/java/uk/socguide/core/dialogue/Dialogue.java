package uk.socguide.core.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.socguide.content.Category;
import uk.socguide.content.FeedbackEntry;
import uk.socguide.content.Topic;
import uk.socguide.core.Reply;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;
import uk.socguide.intents.Classification;

/**
 * One turn, in order: buttons, the safety interrupt, the personal-data guard, an answer to a
 * question we asked (a choice or a feedback reason), then the policy. Input is already known to be
 * readable.
 */
final class Dialogue {
  private final SafetyDetector safety = new SafetyDetector();
  private final PersonalDataGuard personalData;
  private final Redactor redactor;
  private final Policy policy;

  Dialogue(Redactor redactor) {
    this.redactor = redactor;
    this.personalData = new PersonalDataGuard(redactor);
    this.policy = new Policy(redactor);
  }

  static Reply welcome(Catalogue c) {
    return Replies.reply(
        Outcome.WELCOME,
        List.of(Replies.plain(EngineTexts.welcome(c), Replies.starters(c))),
        null,
        0,
        List.of());
  }

  static Reply rejected(InputGuard.Rejection why) {
    return Replies.reply(
        Outcome.REJECTED_INPUT,
        List.of(ReplyMessage.of(EngineTexts.rejected(why))),
        null,
        0,
        List.of());
  }

  Reply respond(Turn t) {
    String text = t.message.text().strip();
    t.state = t.before.settled(); // a question we asked is answered by this turn or dropped
    Optional<Action> action = Action.parse(text);
    if (action.isPresent()) {
      return perform(t, action.get());
    }
    if (safety.isEmergency(text)) {
      return safetyFirst(t, text);
    }
    if (personalData.discloses(text, t.catalogue)) {
      return notAReport(t, text);
    }
    String norm = Words.normalise(text);
    List<Topic> offered = existing(t, t.before.pendingChoices());
    OptionalInt picked = Phrases.choice(norm, offered.stream().map(Topic::title).toList());
    if (picked.isPresent()) {
      return policy.answer(t, offered.get(picked.getAsInt()), 1.0, List.of());
    }
    // "1" with nothing on offer to pick from is not a question: never let the model guess at one
    Classification c =
        offered.isEmpty() && Phrases.onlyPicks(norm)
            ? new Classification(List.of(), List.of(), true, false)
            : t.model().classify(text);
    Long rated = t.before.awaitingFeedback();
    if (rated != null
        && !(Policy.confidentInScope(t, c) && Phrases.looksLikeQuestion(text, norm))) {
      return reasonRecorded(t, rated, text); // "too short", "didn't cover Scotland"
    }
    return policy.respond(t, text, norm, c);
  }

  /** Opens a topic without classifying, as a button or a deep link does. */
  Reply openTopic(Turn t, String topicId) {
    Optional<Topic> topic = t.release().topic(topicId);
    if (topic.isEmpty()) {
      return Replies.reply(
          Outcome.FALLBACK,
          List.of(Replies.plain(EngineTexts.topicGone(), Replies.starters(t.catalogue))),
          null,
          0,
          List.of());
    }
    return policy.answer(t, topic.get(), 1.0, List.of());
  }

  private Reply perform(Turn t, Action action) {
    if (action instanceof Action.OpenTopic open) {
      return openTopic(t, open.topicId());
    }
    if (action instanceof Action.Feedback verdict) {
      return feedback(t, verdict);
    }
    if (action instanceof Action.ChooseAudience choose) {
      t.state = t.state.withAudience(choose.audience());
      return audienceChosen(t, choose);
    }
    if (action instanceof Action.ReportMenu) {
      return reportMenu(t);
    }
    return help(t);
  }

  private Reply audienceChosen(Turn t, Action.ChooseAudience choose) {
    List<Suggestion> next = new ArrayList<>();
    Optional.ofNullable(t.state.lastTopic())
        .flatMap(id -> t.release().topic(id))
        .ifPresent(
            last ->
                next.add(
                    new Suggestion(
                        EngineTexts.showAgain(last.title()), Replies.suggest(last).value())));
    if (next.isEmpty()) {
      next.addAll(Replies.starters(t.catalogue));
    }
    return Replies.reply(
        Outcome.AUDIENCE_SWITCH,
        List.of(Replies.plain(Markup.plain(EngineTexts.audienceSet(choose.audience())), next)),
        null,
        0,
        List.of());
  }

  private Reply feedback(Turn t, Action.Feedback verdict) {
    long recorded =
        t.effects.feedback(
            new FeedbackEntry(verdict.topicId(), verdict.helpful(), null, t.channel(), t.now));
    if (!verdict.helpful()) {
      t.state = t.state.awaitingFeedback(recorded);
      return Replies.reply(
          Outcome.FEEDBACK, List.of(ReplyMessage.of(EngineTexts.askReason())), null, 0, List.of());
    }
    List<Suggestion> next =
        t.release()
            .topic(verdict.topicId())
            .map(x -> Replies.related(t.catalogue, x))
            .orElse(List.of());
    return Replies.reply(
        Outcome.FEEDBACK,
        List.of(Replies.plain(EngineTexts.feedbackThanks(), next)),
        null,
        0,
        List.of());
  }

  private Reply reasonRecorded(Turn t, long feedbackId, String text) {
    t.effects.feedbackReason(feedbackId, redactor.redact(text));
    return Replies.reply(
        Outcome.FEEDBACK,
        List.of(Replies.plain(EngineTexts.reasonThanks(), Replies.starters(t.catalogue))),
        null,
        0,
        List.of());
  }

  private Reply reportMenu(Turn t) {
    Catalogue c = t.catalogue;
    List<Suggestion> menu = c.reportingMenu().stream().map(Replies::suggest).toList();
    Optional<Topic> overview = c.reportOverview();
    if (overview.isPresent()) {
      Topic o = overview.get();
      ReplyMessage answer = Replies.answer(c, o, t.audience(), t.jurisdiction());
      t.state = t.state.withLastTopic(o.id());
      return Replies.reply(
          Outcome.ANSWER,
          List.of(
              new ReplyMessage(
                  answer.title(),
                  answer.body(),
                  menu,
                  answer.sources(),
                  answer.lastReviewed(),
                  answer.feedbackTopic())),
          o.id(),
          1.0,
          List.of());
    }
    return Replies.reply(
        Outcome.SMALL_TALK,
        List.of(Replies.plain(EngineTexts.reportMenu(c), menu)),
        null,
        0,
        List.of());
  }

  private Reply help(Turn t) {
    Catalogue c = t.catalogue;
    Optional<Topic> topic = c.helpTopic();
    ReplyMessage message =
        topic
            .map(
                x ->
                    Replies.plain(
                        Replies.body(c, x, t.audience(), t.jurisdiction()), Replies.starters(c)))
            .orElseGet(() -> Replies.plain(EngineTexts.help(c), Replies.starters(c)));
    return Replies.reply(
        Outcome.SMALL_TALK, List.of(message), topic.map(Topic::id).orElse(null), 1.0, List.of());
  }

  /** 999 first; then the answer that fits what they describe, or the emergency answer. */
  private Reply safetyFirst(Turn t, String text) {
    Classification c = t.model().classify(text);
    Optional<Topic> topic = fitting(t, c).or(() -> t.catalogue.emergencyTopic());
    List<ReplyMessage> messages = new ArrayList<>();
    messages.add(ReplyMessage.of(EngineTexts.safetyPreface(t.catalogue)));
    topic.ifPresent(
        x -> {
          messages.add(Replies.answer(t.catalogue, x, t.audience(), t.jurisdiction()));
          t.state = t.state.withLastTopic(x.id());
        });
    return Replies.reply(
        Outcome.SAFETY,
        messages,
        topic.map(Topic::id).orElse(null),
        Policy.score(c),
        Turn.entities(c));
  }

  /** We take no reports: nothing of the message is kept; the route for what they describe. */
  private Reply notAReport(Turn t, String text) {
    // what they describe, without the details about the person
    Classification c = t.model().classify(redactor.redact(text).replaceAll("\\[[a-z]+]", " "));
    Optional<Topic> topic = fitting(t, c);
    List<ReplyMessage> messages = new ArrayList<>();
    List<Suggestion> menu =
        topic.isPresent()
            ? List.of()
            : t.catalogue.reportingMenu().stream().map(Replies::suggest).toList();
    messages.add(Replies.plain(EngineTexts.personalData(topic.isPresent()), menu));
    topic.ifPresent(
        x -> {
          messages.add(Replies.answer(t.catalogue, x, t.audience(), t.jurisdiction()));
          t.state = t.state.withLastTopic(x.id());
        });
    return Replies.reply(
        Outcome.PERSONAL_DATA,
        messages,
        topic.map(Topic::id).orElse(null),
        Policy.score(c),
        Turn.entities(c));
  }

  /** An in-scope topic the model is sure of, or a reporting topic it ranks first. */
  private static Optional<Topic> fitting(Turn t, Classification c) {
    if (c.outOfScope()) {
      return Optional.empty();
    }
    Optional<Topic> top = Policy.top(t, c).filter(x -> x.category().inScope());
    if (Policy.confident(t, c)) {
      return top;
    }
    return top.filter(x -> x.category() == Category.REPORTING);
  }

  private static List<Topic> existing(Turn t, List<String> ids) {
    return ids.stream().flatMap(id -> t.release().topic(id).stream()).toList();
  }
}
