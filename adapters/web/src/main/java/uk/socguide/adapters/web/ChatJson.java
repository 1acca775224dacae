package uk.socguide.adapters.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import uk.socguide.core.Actions;
import uk.socguide.core.EntityRef;
import uk.socguide.core.Reply;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;

/** The JSON shape of {@code POST /api/chat}'s answer; field order is the documented one. */
record ChatJson(
    String conversationId,
    List<Message> replies,
    String intent,
    double confidence,
    boolean fallback,
    String outcome,
    List<Entity> entities) {

  record Message(
      String title,
      String text,
      String markup,
      List<Button> suggestions,
      List<Source> sources,
      String lastReviewed,
      String feedbackTopic,
      List<Button> feedback) {}

  record Button(String title, String value) {}

  record Source(String title, String locator, String url) {}

  record Entity(String type, String value) {}

  static ChatJson of(String conversationId, Reply reply) {
    return new ChatJson(
        conversationId,
        reply.messages().stream().map(ChatJson::message).toList(),
        reply.intent(),
        finite(reply.confidence()),
        reply.fallback(),
        reply.outcome() == null ? null : reply.outcome().name().toLowerCase(Locale.ROOT),
        entities(reply.entities()));
  }

  static List<Entity> entities(List<EntityRef> entities) {
    return entities.stream().map(e -> new Entity(e.type(), e.value())).toList();
  }

  static double finite(double score) {
    return Double.isFinite(score) ? score : 0;
  }

  private static Message message(ReplyMessage m) {
    String html = m.body().blocks().isEmpty() ? null : HtmlMarkup.render(m.body());
    List<Button> feedback =
        m.feedbackTopic() == null
            ? List.of()
            : List.of(
                new Button("Helpful", Actions.feedback(m.feedbackTopic(), true)),
                new Button("Not helpful", Actions.feedback(m.feedbackTopic(), false)));
    return new Message(
        m.title(),
        m.body().plainText(),
        html,
        m.suggestions().stream().map(ChatJson::button).toList(),
        m.sources().stream().map(ChatJson::source).toList(),
        date(m.lastReviewed()),
        m.feedbackTopic(),
        feedback);
  }

  private static Button button(Suggestion s) {
    return new Button(s.title(), s.value());
  }

  private static Source source(SourceRef s) {
    return new Source(s.title(), nullToEmpty(s.locator()), nullToEmpty(s.url()));
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
