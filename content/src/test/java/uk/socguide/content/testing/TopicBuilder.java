package uk.socguide.content.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.Category;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;

/** Builds a valid topic; in-scope categories get a default source unless given one. */
public final class TopicBuilder {
  private final String id;
  private String title;
  private Category category = Category.REPORTING;
  private final List<String> examples = new ArrayList<>();
  private final List<String> related = new ArrayList<>();
  private final List<Answer> answers = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private boolean noSources;
  private String owner = "community-safety";
  private LocalDate lastReviewed = SampleContent.LAST_REVIEWED;
  private LocalDate reviewBy = SampleContent.REVIEW_BY;

  TopicBuilder(String id) {
    this.id = id;
    this.title = id;
  }

  public TopicBuilder title(String title) {
    this.title = title;
    return this;
  }

  public TopicBuilder category(Category category) {
    this.category = category;
    return this;
  }

  public TopicBuilder examples(String... examples) {
    this.examples.addAll(List.of(examples));
    return this;
  }

  public TopicBuilder related(String... ids) {
    this.related.addAll(List.of(ids));
    return this;
  }

  /** The default answer (everyone, everywhere). */
  public TopicBuilder answer(String markup) {
    return answer(Audience.DEFAULT, null, markup);
  }

  public TopicBuilder answer(Audience audience, Jurisdiction jurisdiction, String markup) {
    answers.add(new Answer(audience, jurisdiction, markup));
    return this;
  }

  public TopicBuilder source(
      String title, String locator, String url, String publisher, String date) {
    sources.add(new Source(title, locator, url, publisher, date));
    return this;
  }

  public TopicBuilder noSources() {
    this.noSources = true;
    return this;
  }

  public TopicBuilder owner(String owner) {
    this.owner = owner;
    return this;
  }

  public TopicBuilder reviewed(LocalDate lastReviewed, LocalDate reviewBy) {
    this.lastReviewed = lastReviewed;
    this.reviewBy = reviewBy;
    return this;
  }

  public Topic build() {
    List<String> ex = examples.isEmpty() ? List.of("tell me about " + id) : examples;
    List<Answer> an =
        answers.isEmpty() ? List.of(new Answer(Audience.DEFAULT, null, title + ".")) : answers;
    List<Source> src =
        !sources.isEmpty() || noSources
            ? sources
            : List.of(
                new Source(
                    "Test briefing",
                    "para 1",
                    "https://www.example.org/briefing",
                    "Tests",
                    "2012"));
    return new Topic(
        id,
        title,
        category,
        ex,
        related,
        an,
        src,
        owner,
        lastReviewed,
        reviewBy,
        TopicStatus.DRAFT,
        0);
  }
}
