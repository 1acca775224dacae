package uk.socguide.app.admin.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The JSON the API accepts. Field names and values are those of the content files
 * (docs/content-format.md): audiences, jurisdictions, categories and urgencies in lower case with
 * hyphens, answers' markup in {@code text}. Unknown fields are refused.
 */
final class Bodies {
  private Bodies() {}

  record TopicBody(
      String id,
      String title,
      String category,
      String owner,
      LocalDate lastReviewed,
      LocalDate reviewBy,
      List<String> related,
      List<String> examples,
      List<AnswerBody> answers,
      List<SourceBody> sources) {}

  record AnswerBody(String audience, String jurisdiction, String text) {}

  record SourceBody(String title, String locator, String url, String publisher, String date) {}

  /** {@code PUT /topics/{id}}: the topic, the version it was based on (0 for new) and why. */
  record SaveTopic(TopicBody topic, long version, String reason) {}

  record RouteBody(
      String id,
      String name,
      String phone,
      String textphone,
      String sms,
      String web,
      String hours,
      List<String> jurisdictions,
      String urgency,
      String whenToUse,
      List<RedirectBody> doesNotTake) {}

  record RedirectBody(String what, String route) {}

  record SaveRoute(RouteBody route, long version, String reason) {}

  /** A workflow step: the version the caller saw, and a reason where one is needed. */
  record Step(long version, String reason) {}

  record Note(String note) {}

  record Question(String text, TopicBody draft) {}

  record Ids(List<Long> ids) {}

  record AddExample(List<Long> ids, String question, String topic) {}

  record NewUser(String name, String role, String password) {}

  record UserChange(String role, Boolean enabled, String password) {}

  record NewToken(String label, Integer days) {}
}
