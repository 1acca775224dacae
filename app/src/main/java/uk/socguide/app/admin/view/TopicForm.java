package uk.socguide.app.admin.view;

import java.util.Arrays;
import java.util.List;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.Jurisdiction;

/**
 * The topic form's fields as text, exactly as typed, so a refused save shows the editor what they
 * wrote.
 *
 * @param isNew true for a topic that is not saved yet (its id can be chosen)
 * @param version the version the editor started from (0 for a new topic)
 * @param examples one example question per line
 * @param related related topic ids, separated by commas or new lines
 */
public record TopicForm(
    boolean isNew,
    String id,
    String title,
    String category,
    String owner,
    String lastReviewed,
    String reviewBy,
    String examples,
    String related,
    List<AnswerRow> answers,
    List<SourceRow> sources,
    long version,
    String reason) {

  public TopicForm {
    answers = List.copyOf(answers);
    sources = List.copyOf(sources);
  }

  /**
   * @param audience an {@link Audience} name
   * @param jurisdiction a {@link Jurisdiction} name, or empty for everywhere
   */
  public record AnswerRow(String audience, String jurisdiction, String markup) {
    /** Who and where the variant is for, such as "Everyone, Scotland". */
    public String label() {
      String who;
      try {
        who = Fmt.audience(Audience.valueOf(audience));
      } catch (IllegalArgumentException e) {
        who = audience;
      }
      if (jurisdiction.isEmpty()) {
        return who;
      }
      try {
        return who + ", " + Fmt.jurisdiction(Jurisdiction.valueOf(jurisdiction));
      } catch (IllegalArgumentException e) {
        return who + ", " + jurisdiction;
      }
    }
  }

  public record SourceRow(
      String title, String locator, String url, String publisher, String date) {}

  public static List<Category> categories() {
    return Arrays.asList(Category.values());
  }

  public static List<Audience> audiences() {
    return Arrays.asList(Audience.values());
  }

  public static List<Jurisdiction> jurisdictions() {
    return Arrays.asList(Jurisdiction.values());
  }
}
