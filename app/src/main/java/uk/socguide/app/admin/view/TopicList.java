package uk.socguide.app.admin.view;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import uk.socguide.content.Category;
import uk.socguide.content.Item;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;

/** The topics list page: the filter as typed, and the topics it matched. */
public record TopicList(Filter filter, List<Item<Topic>> topics, LocalDate today) {

  /**
   * @param q text to look for in ids, titles, example questions and answers; empty for any
   * @param category a category slug, or empty for any
   * @param status a status name in lower case, or empty for any
   * @param due only topics whose review-by date has come
   */
  public record Filter(String q, String category, String status, boolean due) {}

  public boolean due(Topic t) {
    return t.reviewBy() != null && !t.reviewBy().isAfter(today);
  }

  public static List<Category> categories() {
    return Arrays.asList(Category.values());
  }

  public static List<TopicStatus> statuses() {
    return Arrays.asList(TopicStatus.values());
  }
}
