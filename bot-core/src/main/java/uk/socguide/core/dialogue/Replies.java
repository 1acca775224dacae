package uk.socguide.core.dialogue;

import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.Category;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;
import uk.socguide.core.EntityRef;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;

/** Builds reply messages from content. Everything factual in them comes from the release. */
final class Replies {
  static final int MAX_SUGGESTIONS = 3;

  private Replies() {}

  /**
   * A topic's answer in the reader's variant: title, body, sources, last-reviewed date, feedback on
   * the topic, and its related topics as suggestions.
   */
  static ReplyMessage answer(Catalogue c, Topic topic, Audience audience, Jurisdiction where) {
    return new ReplyMessage(
        topic.title(),
        body(c, topic, audience, where),
        related(c, topic),
        topic.sources().stream().map(Replies::source).toList(),
        topic.lastReviewed(),
        topic.id());
  }

  /** Greeting, thanks and the like: the content's words, with no citation or feedback. */
  static ReplyMessage smallTalk(Catalogue c, Topic topic, Audience audience, Jurisdiction where) {
    List<Suggestion> next = related(c, topic);
    return new ReplyMessage(
        null,
        body(c, topic, audience, where),
        next.isEmpty() ? starters(c) : next,
        List.of(),
        null,
        null);
  }

  static Markup body(Catalogue c, Topic topic, Audience audience, Jurisdiction where) {
    return c.body(topic, contentAudience(audience), where);
  }

  static ReplyMessage plain(Markup body, List<Suggestion> suggestions) {
    return new ReplyMessage(null, body, suggestions, List.of(), null, null);
  }

  static Suggestion suggest(Topic topic) {
    return new Suggestion(topic.title(), Actions.topic(topic.id()));
  }

  static List<Suggestion> related(Catalogue c, Topic topic) {
    List<Suggestion> out = new ArrayList<>(MAX_SUGGESTIONS);
    for (String id : topic.related()) {
      if (out.size() == MAX_SUGGESTIONS) {
        break;
      }
      c.release()
          .topic(id)
          .filter(t -> t.category() != Category.OUT_OF_SCOPE)
          .ifPresent(t -> out.add(suggest(t)));
    }
    return out;
  }

  /** Where to start: the reporting menu and two in-scope topics. */
  static List<Suggestion> starters(Catalogue c) {
    List<Suggestion> out = new ArrayList<>(MAX_SUGGESTIONS);
    out.add(new Suggestion(EngineTexts.REPORT_MENU_SUGGESTION, Actions.reportMenu()));
    c.starters().forEach(t -> out.add(suggest(t)));
    if (out.size() < MAX_SUGGESTIONS) {
      out.add(new Suggestion(EngineTexts.HELP_SUGGESTION, Actions.help()));
    }
    return List.copyOf(out.subList(0, Math.min(out.size(), MAX_SUGGESTIONS)));
  }

  static Reply reply(
      Reply.Outcome outcome,
      List<ReplyMessage> messages,
      String intent,
      double confidence,
      List<EntityRef> entities) {
    return new Reply(messages, outcome, intent, confidence, entities);
  }

  static uk.socguide.content.Audience contentAudience(Audience audience) {
    if (audience == null) {
      return uk.socguide.content.Audience.DEFAULT;
    }
    return switch (audience) {
      case COUNCILLOR -> uk.socguide.content.Audience.COUNCILLOR;
      case FRONTLINE -> uk.socguide.content.Audience.FRONTLINE;
    };
  }

  private static SourceRef source(Source s) {
    return new SourceRef(s.title(), nullToEmpty(s.locator()), nullToEmpty(s.url()));
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
