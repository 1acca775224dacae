package uk.socguide.core.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.socguide.content.Category;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Topic;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.core.Audience;
import uk.socguide.core.EntityRef;
import uk.socguide.core.Reply;
import uk.socguide.core.Reply.Outcome;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;
import uk.socguide.intents.Classification;
import uk.socguide.intents.IntentScore;

/**
 * Decides what to say to a question once the guards have let it through: an answer in the reader's
 * variant, a follow-up resolved against the last topic, a "did you mean", small talk, or a
 * fallback. Never answers below the model's threshold.
 */
final class Policy {
  private static final int MAX_CHOICES = 3;

  private final Redactor redactor;

  Policy(Redactor redactor) {
    this.redactor = redactor;
  }

  Reply respond(Turn t, String text, String norm, Classification c) {
    List<EntityRef> entities = Turn.entities(c);
    String rest = norm;
    Classification asked = c;
    Optional<Audience> declared = Phrases.declaredAudience(norm);
    if (declared.isPresent()) {
      t.state = t.state.withAudience(declared.get());
      rest = Phrases.withoutDeclaration(norm);
      if (!Phrases.contextOnly(rest)) {
        // "as a councillor, what does the NCA do?" asks what the NCA does: who is asking is
        // already noted, and left in it would pull the question towards the councillors' topics
        asked = t.model().classify(rest);
      }
    }
    Optional<Jurisdiction> nation = Phrases.nation(norm, c.entities());
    nation.ifPresent(j -> t.state = t.state.withJurisdiction(j));
    Optional<Topic> last = lastTopic(t);

    if (Phrases.contextOnly(rest)) {
      Optional<Audience> mentioned =
          declared.isPresent() ? Optional.empty() : Phrases.mentionedAudience(rest);
      mentioned.ifPresent(a -> t.state = t.state.withAudience(a));
      boolean newContext = declared.isPresent() || nation.isPresent() || mentioned.isPresent();
      if (newContext && last.isPresent() && !declared.isPresent()) {
        return answer(t, last.get(), 1.0, entities); // "what about in Scotland?"
      }
      // "I'm a councillor, what can I do about it?" asks about the last subject in the new
      // audience's terms: carry on to the follow-up below rather than only noting the audience
      boolean asksOn = declared.isPresent() && last.isPresent() && Phrases.leansOnContext(rest);
      if (newContext && !asksOn) {
        return contextSet(t, declared.or(() -> mentioned), nation, last, entities);
      }
    }

    if (Phrases.asksWhoToContact(rest)) {
      // "who do I call?" after a subject: its route; with no subject yet, the overview of routes
      Optional<Topic> route =
          last.isPresent() ? reportingRouteFor(t, last.get()) : t.catalogue.reportOverview();
      if (route.isPresent()) {
        return answer(t, route.get(), 1.0, entities);
      }
    }
    Classification decision = asked;
    if (last.isPresent() && usesContext(t, rest, asked)) {
      decision = withContext(t, text, rest, asked, last.get());
    }
    return decide(t, text, decision, entities);
  }

  /** An answer to the topic, whatever its category; in-scope answers become the last topic. */
  Reply answer(Turn t, Topic topic, double confidence, List<EntityRef> entities) {
    Catalogue c = t.catalogue;
    switch (topic.category()) {
      case SMALL_TALK:
        return Replies.reply(
            Outcome.SMALL_TALK,
            List.of(Replies.smallTalk(c, topic, t.audience(), t.jurisdiction())),
            topic.id(),
            confidence,
            entities);
      case OUT_OF_SCOPE:
        return Replies.reply(
            Outcome.FALLBACK,
            List.of(fallbackMessage(t, Optional.of(topic))),
            null,
            confidence,
            entities);
      default:
        t.state = t.state.withLastTopic(topic.id());
        return Replies.reply(
            Outcome.ANSWER,
            List.of(Replies.answer(c, topic, t.audience(), t.jurisdiction())),
            topic.id(),
            confidence,
            entities);
    }
  }

  /** The top-ranked intent that is a topic of this release. */
  static Optional<Topic> top(Turn t, Classification c) {
    for (IntentScore s : c.ranking()) {
      Optional<Topic> topic = t.release().topic(s.intent());
      if (topic.isPresent()) {
        return topic;
      }
    }
    return Optional.empty();
  }

  static double score(Classification c) {
    return c.top().map(IntentScore::score).orElse(0.0);
  }

  /** The model is sure enough, and sure of a topic this release has. */
  static boolean confident(Turn t, Classification c) {
    return !c.outOfScope() && !c.needsClarification() && top(t, c).isPresent();
  }

  /** Confident, and about organised crime rather than small talk or something out of scope. */
  static boolean confidentInScope(Turn t, Classification c) {
    return confident(t, c) && top(t, c).get().category().inScope();
  }

  private Optional<Topic> lastTopic(Turn t) {
    String id = t.state.lastTopic();
    return id == null ? Optional.empty() : t.release().topic(id);
  }

  /**
   * Where to report the subject of a topic: the topic itself when it is about reporting, else the
   * first reporting topic the editors related to it, else the overview of reporting routes.
   */
  private static Optional<Topic> reportingRouteFor(Turn t, Topic topic) {
    if (topic.category() == Category.REPORTING) {
      return Optional.of(topic);
    }
    return topic.related().stream()
        .flatMap(id -> t.release().topic(id).stream())
        .filter(x -> x.category() == Category.REPORTING)
        .findFirst()
        .or(() -> t.catalogue.reportOverview());
  }

  private static boolean usesContext(Turn t, String rest, Classification c) {
    boolean offTopic = top(t, c).map(x -> !x.category().inScope()).orElse(false);
    if (offTopic && Phrases.topicWords(rest) > 0) {
      return false; // "what about bins?", "thanks": a new subject, not a follow-up
    }
    return Phrases.leansOnContext(rest);
  }

  /**
   * Classifies the follow-up together with the last topic's title, so that "who do I call?" after
   * fraud means reporting fraud. The question on its own wins when it names a subject clearly.
   */
  private static Classification withContext(
      Turn t, String text, String rest, Classification alone, Topic last) {
    Classification joined = t.model().classify(text + " " + last.title());
    boolean refersBack = Phrases.refersBack(rest) || Phrases.contextOnly(rest);
    if (confidentInScope(t, joined)
        && (refersBack || !confident(t, alone) || score(joined) >= score(alone))) {
      return joined;
    }
    if (!confident(t, alone) && !joined.outOfScope()) {
      return joined;
    }
    return alone;
  }

  private Reply decide(Turn t, String text, Classification d, List<EntityRef> entities) {
    Optional<Topic> top = top(t, d);
    double score = score(d);
    if (top.isEmpty() || d.outOfScope()) {
      // an out-of-scope topic's own words ("I can't help with parking") only when it clearly
      // won: said to a question it merely edged, they would be wrong twice over
      Optional<Topic> offTopic =
          top.filter(x -> x.category() == Category.OUT_OF_SCOPE).filter(x -> dominates(d));
      return fallback(t, text, d, offTopic, entities);
    }
    Topic topic = top.get();
    if (d.needsClarification()) {
      if (offTopicContender(t, d).isPresent()) {
        // it may be out of scope: never guess, and do not claim which service it is about
        return fallback(t, text, d, Optional.empty(), entities);
      }
      if (topic.category() == Category.SMALL_TALK) {
        return answer(t, topic, score, entities);
      }
      List<Topic> choices = choices(t, d);
      if (choices.isEmpty()) {
        return fallback(t, text, d, Optional.empty(), entities);
      }
      return clarify(t, text, d, choices, entities);
    }
    return answer(t, topic, score, entities);
  }

  /** The top intent scores at least twice the runner-up. */
  private static boolean dominates(Classification d) {
    List<IntentScore> r = d.ranking();
    return r.size() < 2 || r.get(0).score() >= 2 * r.get(1).score();
  }

  /** An out-of-scope topic among the two the model could not choose between. */
  private static Optional<Topic> offTopicContender(Turn t, Classification d) {
    return d.ranking().stream()
        .limit(2)
        .flatMap(s -> t.release().topic(s.intent()).stream())
        .filter(x -> x.category() == Category.OUT_OF_SCOPE)
        .findFirst();
  }

  /** The top two or three in-scope topics; a third only when it is at least half as likely. */
  private static List<Topic> choices(Turn t, Classification d) {
    List<Topic> out = new ArrayList<>(MAX_CHOICES);
    double best = score(d);
    for (IntentScore s : d.ranking()) {
      if (out.size() == MAX_CHOICES || (out.size() == 2 && s.score() < best / 2)) {
        break;
      }
      t.release()
          .topic(s.intent())
          .filter(x -> x.category().inScope())
          .filter(x -> !out.contains(x))
          .ifPresent(out::add);
    }
    return out;
  }

  private Reply clarify(
      Turn t, String text, Classification d, List<Topic> choices, List<EntityRef> entities) {
    t.state = t.state.withPendingChoices(choices.stream().map(Topic::id).toList());
    record(t, text, d);
    StringBuilder body = new StringBuilder(EngineTexts.clarifyIntro()).append("\n");
    List<Suggestion> buttons = new ArrayList<>();
    for (int i = 0; i < choices.size(); i++) {
      body.append("\n- ").append(EngineTexts.numbered(i, choices.get(i).title()));
      buttons.add(Replies.suggest(choices.get(i)));
    }
    return Replies.reply(
        Outcome.CLARIFICATION,
        List.of(Replies.plain(Markup.parse(body.toString()), buttons)),
        null,
        score(d),
        entities);
  }

  private Reply fallback(
      Turn t, String text, Classification d, Optional<Topic> offTopic, List<EntityRef> entities) {
    record(t, text, d);
    return Replies.reply(
        Outcome.FALLBACK, List.of(fallbackMessage(t, offTopic)), null, score(d), entities);
  }

  private static ReplyMessage fallbackMessage(Turn t, Optional<Topic> offTopic) {
    String opening =
        offTopic
            .map(
                x -> {
                  var release = t.release();
                  var audience = Replies.contentAudience(t.audience());
                  return release.render(release.answerFor(x, audience, t.jurisdiction()));
                })
            .orElse(null);
    return Replies.plain(EngineTexts.fallback(opening), Replies.starters(t.catalogue));
  }

  private Reply contextSet(
      Turn t,
      Optional<Audience> audience,
      Optional<Jurisdiction> nation,
      Optional<Topic> last,
      List<EntityRef> entities) {
    StringBuilder body = new StringBuilder();
    audience.ifPresent(a -> body.append(EngineTexts.audienceSet(a)));
    nation.ifPresent(
        j -> body.append(body.length() > 0 ? "\n\n" : "").append(EngineTexts.jurisdictionSet(j)));
    List<Suggestion> next =
        last.map(
                x ->
                    List.of(
                        new Suggestion(
                            EngineTexts.showAgain(x.title()), Replies.suggest(x).value())))
            .orElseGet(() -> Replies.starters(t.catalogue));
    return Replies.reply(
        Outcome.AUDIENCE_SWITCH,
        List.of(Replies.plain(Markup.plain(body.toString()), next)),
        null,
        0,
        entities);
  }

  private void record(Turn t, String text, Classification d) {
    t.effects.unanswered(
        new UnansweredQuestion(
            redactor.redact(text),
            t.channel(),
            d.top().map(IntentScore::intent).orElse(null),
            score(d),
            t.now));
  }
}
