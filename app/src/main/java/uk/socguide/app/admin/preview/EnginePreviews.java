package uk.socguide.app.admin.preview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.socguide.app.admin.view.Attempt;
import uk.socguide.app.admin.view.ChannelPreview;
import uk.socguide.app.admin.view.Fmt;
import uk.socguide.content.Answer;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Topic;
import uk.socguide.content.store.Database;
import uk.socguide.core.Audience;
import uk.socguide.core.InboundMessage;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.dialogue.DialogueEngine;
import uk.socguide.core.knowledge.Knowledge;
import uk.socguide.intents.Classification;
import uk.socguide.intents.IntentModel;
import uk.socguide.intents.IntentScore;

/**
 * {@link Previews} through the dialogue engine's preview of a draft and the channels' own
 * renderers. "Try a question" trains a model on the working copy (with the draft in place); the
 * last one trained is kept for as long as the working copy stays the same, so trying several
 * questions costs one training.
 */
public final class EnginePreviews implements Previews {
  private static final int RANKED = 5;

  private final Database db;
  private final DialogueEngine engine;
  private final Supplier<Knowledge> live;
  private final Function<ContentRelease, IntentModel> trainer;
  private final ChannelRenderer teams;
  private final ChannelRenderer telegram;
  private final Object trainingLock = new Object();
  private ContentSet trainedOn;
  private IntentModel trained;

  /**
   * @param live the knowledge in use; its model stands in where a preview classifies nothing
   * @param trainer trains intent detection on a release, as publishing does
   * @param teams the Teams adapter's renderer (activities as JSON)
   * @param telegram the Telegram adapter's renderer (messages' HTML text)
   */
  public EnginePreviews(
      Database db,
      DialogueEngine engine,
      Supplier<Knowledge> live,
      Function<ContentRelease, IntentModel> trainer,
      ChannelRenderer teams,
      ChannelRenderer telegram) {
    this.db = db;
    this.engine = engine;
    this.live = live;
    this.trainer = trainer;
    this.teams = teams;
    this.telegram = telegram;
  }

  @Override
  public List<ChannelPreview> topic(Topic draft) {
    try {
      return previews(draft);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new IllegalArgumentException(
          "this draft cannot be previewed yet: " + e.getMessage(), e);
    }
  }

  @Override
  public Attempt ask(String question, Topic draft) {
    try {
      return attempt(question, draft);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new IllegalArgumentException(
          "the question cannot be tried on this draft: " + e.getMessage(), e);
    }
  }

  private List<ChannelPreview> previews(Topic draft) {
    ContentRelease candidate = withDraft(draft);
    Knowledge knowledge = new Knowledge(candidate, live.get().model());
    List<ChannelPreview> out = new ArrayList<>();
    Topic t = candidate.topic(draft.id()).orElseThrow();
    for (Answer a : t.answers()) {
      Reply reply = engine.previewTopic(knowledge, t.id(), audience(a), a.jurisdiction());
      out.add(preview(label(a), reply));
    }
    return out;
  }

  private Attempt attempt(String question, Topic draft) {
    ContentRelease candidate = withDraft(draft);
    IntentModel model = modelFor(candidate);
    Reply reply =
        engine.preview(
            new Knowledge(candidate, model),
            InboundMessage.text("preview", "preview", "preview", question, null));
    Classification c = model.classify(question);
    List<Attempt.Score> ranking = new ArrayList<>();
    for (IntentScore s : c.ranking().subList(0, Math.min(RANKED, c.ranking().size()))) {
      String title = candidate.topic(s.intent()).map(Topic::title).orElse(s.intent());
      ranking.add(new Attempt.Score(s.intent(), title, s.score()));
    }
    return new Attempt(
        question,
        reply.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
        reply.intent(),
        c.outOfScope(),
        c.needsClarification(),
        ranking,
        BrowserHtml.of(reply));
  }

  private ChannelPreview preview(String label, Reply reply) {
    List<String> teamsOut = new ArrayList<>();
    List<String> telegramOut = new ArrayList<>();
    String teamsHtml = render(reply, teams, teamsOut, TeamsHtml::toPage);
    String telegramHtml = render(reply, telegram, telegramOut, TelegramHtml::toPage);
    return new ChannelPreview(
        label, BrowserHtml.of(reply), teamsOut, teamsHtml, telegramOut, telegramHtml);
  }

  private static String render(
      Reply reply, ChannelRenderer renderer, List<String> sent, Function<String, String> toPage) {
    for (ReplyMessage m : reply.messages()) {
      sent.addAll(renderer.render(m));
    }
    StringBuilder html = new StringBuilder();
    sent.forEach(s -> html.append(toPage.apply(s)));
    return html.toString();
  }

  /** The working copy with {@code draft} in place of (or beside) its saved revision. */
  private ContentRelease withDraft(Topic draft) {
    ContentRelease working = db.content().workingCopy();
    if (draft == null) {
      return working;
    }
    Map<String, Topic> topics = new HashMap<>(working.topics());
    topics.put(draft.id(), uk.socguide.content.Canonical.topic(draft));
    return new ContentRelease(
        0,
        working.publishedAt(),
        topics,
        working.routes(),
        working.lexicon(),
        working.mustAnswer());
  }

  private IntentModel modelFor(ContentRelease candidate) {
    ContentSet content = ContentSet.of(candidate);
    synchronized (trainingLock) {
      if (!content.equals(trainedOn)) {
        trained = trainer.apply(candidate);
        trainedOn = content;
      }
      return trained;
    }
  }

  private static Audience audience(Answer a) {
    return switch (a.audience()) {
      case COUNCILLOR -> Audience.COUNCILLOR;
      case FRONTLINE -> Audience.FRONTLINE;
      case DEFAULT -> null;
    };
  }

  private static String label(Answer a) {
    Jurisdiction j = a.jurisdiction();
    return Fmt.audience(a.audience()) + (j == null ? "" : ", " + Fmt.jurisdiction(j));
  }
}
