package uk.socguide.content.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Topic;

/** Changes to topics, and the review steps, written the way a test reads best. */
final class Edits {
  private Edits() {}

  static Topic answer(Topic t, String markup) {
    List<Answer> answers = new ArrayList<>();
    answers.add(new Answer(Audience.DEFAULT, null, markup));
    t.answers().stream()
        .filter(a -> !(a.audience() == Audience.DEFAULT && a.jurisdiction() == null))
        .forEach(answers::add);
    return copy(t, t.title(), t.examples(), t.related(), answers, t.reviewBy());
  }

  static Topic title(Topic t, String title) {
    return copy(t, title, t.examples(), t.related(), t.answers(), t.reviewBy());
  }

  static Topic examples(Topic t, String... examples) {
    return copy(t, t.title(), List.of(examples), t.related(), t.answers(), t.reviewBy());
  }

  static Topic related(Topic t, String... related) {
    return copy(t, t.title(), t.examples(), List.of(related), t.answers(), t.reviewBy());
  }

  static Topic reviewBy(Topic t, LocalDate date) {
    return copy(t, t.title(), t.examples(), t.related(), t.answers(), date);
  }

  private static Topic copy(
      Topic t,
      String title,
      List<String> examples,
      List<String> related,
      List<Answer> answers,
      LocalDate reviewBy) {
    return new Topic(
        t.id(),
        title,
        t.category(),
        examples,
        related,
        answers,
        t.sources(),
        t.owner(),
        t.lastReviewed(),
        reviewBy,
        t.status(),
        t.version());
  }

  /** Saves an edit of the topic's working copy as {@code author}. */
  static Item<Topic> save(Database db, Topic edited, String author) {
    long version = db.drafts().topic(edited.id()).map(Item::version).orElse(0L);
    return db.drafts().saveTopic(edited, version, author, "test edit");
  }

  /** Submits (as the author) and approves (as {@code approver}) the item's pending change. */
  static void review(Database db, ItemRef ref, String approver) {
    long version = db.drafts().item(ref).orElseThrow().version();
    long submitted = db.drafts().submit(ref, version, "author").version();
    db.drafts().approve(ref, submitted, approver);
  }

  /** Saves, reviews and publishes an edit of a topic; returns the new live release. */
  static ContentRelease publish(Database db, Topic edited) {
    save(db, edited, "alice");
    review(db, ItemRef.topic(edited.id()), "bob");
    return db.content().publish("bob", "test publish");
  }

  /** The release's content without the store's bookkeeping (topic status and version). */
  static ContentSet content(ContentRelease release) {
    ContentSet set = ContentSet.of(release);
    return new ContentSet(
        set.topics().stream()
            .map(
                t ->
                    new Topic(
                        t.id(),
                        t.title(),
                        t.category(),
                        t.examples(),
                        t.related(),
                        t.answers(),
                        t.sources(),
                        t.owner(),
                        t.lastReviewed(),
                        t.reviewBy(),
                        null,
                        0))
            .toList(),
        set.routes(),
        set.lexicon(),
        set.mustAnswer());
  }

  static Topic live(Database db, String id) {
    return db.content().published().topic(id).orElseThrow();
  }
}
