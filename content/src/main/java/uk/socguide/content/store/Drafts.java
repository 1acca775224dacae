package uk.socguide.content.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.socguide.content.Change;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Item;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.LexiconConcept;
import uk.socguide.content.RegressionQuestion;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Revision;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicQuery;
import uk.socguide.content.store.Items.Head;
import uk.socguide.content.validation.References;

/**
 * The editors' side of the store: the working copy of every topic, route, lexicon concept and
 * must-answer question, saving changes, and the review workflow.
 *
 * <p>Every save makes a new draft revision (author, time, reason). Every change names the version
 * the editor started from; if the item changed since, a {@link
 * uk.socguide.content.ConflictException} names who changed it and when. A change is validated when
 * saved, submitted and approved ({@link uk.socguide.content.ValidationException} lists every
 * problem). A draft is submitted for review, then approved by someone who wrote no part of it (four
 * eyes), then published with {@link ContentStore#publish}. Thread-safe.
 */
public final class Drafts {
  private final Jdbc jdbc;
  private final Editing editing;
  private final Review review;
  private final ContentStore content;

  Drafts(Jdbc jdbc, Editing editing, ContentStore content) {
    this.jdbc = jdbc;
    this.editing = editing;
    this.review = new Review(editing);
    this.content = content;
  }

  // ---- reading the working copy

  /** Topics matching the query, in id order. */
  public List<Item<Topic>> topics(TopicQuery query) {
    return items(ItemKind.TOPIC, Topic.class).stream().filter(i -> matches(i, query)).toList();
  }

  public Optional<Item<Topic>> topic(String id) {
    return item(ItemRef.topic(id), Topic.class);
  }

  public List<Item<ReportingRoute>> routes() {
    return items(ItemKind.ROUTE, ReportingRoute.class);
  }

  public Optional<Item<ReportingRoute>> route(String id) {
    return item(ItemRef.route(id), ReportingRoute.class);
  }

  public List<Item<LexiconConcept>> lexicon() {
    return items(ItemKind.CONCEPT, LexiconConcept.class);
  }

  public List<Item<RegressionQuestion>> mustAnswer() {
    return items(ItemKind.QUESTION, RegressionQuestion.class);
  }

  /** Any item; its value is a Topic, ReportingRoute, LexiconConcept or RegressionQuestion. */
  public Optional<Item<Object>> item(ItemRef ref) {
    return item(ref, Object.class);
  }

  private <T> Optional<Item<T>> item(ItemRef ref, Class<T> type) {
    return jdbc.read(tx -> Items.head(tx, ref)).map(h -> h.toItem(type));
  }

  private <T> List<Item<T>> items(ItemKind kind, Class<T> type) {
    return jdbc.read(tx -> Items.heads(tx, kind)).stream().map(h -> h.toItem(type)).toList();
  }

  /** The item's revisions, newest first. */
  public List<Revision> history(ItemRef ref) {
    return jdbc.read(tx -> Items.history(tx, ref)).stream().map(Items.RevRow::toRevision).toList();
  }

  /** The content saved in a revision (a Topic, ReportingRoute, LexiconConcept or question). */
  public Object valueAt(long revisionId) {
    Items.RevRow rev = jdbc.read(tx -> Items.revision(tx, revisionId));
    return Json.decode(rev.ref().kind(), rev.body(), rev.status(), 0);
  }

  /**
   * Every topic (by its answers) and route (by where it redirects) that refers to the route, in the
   * working copy or the live release: what changing the route changes.
   */
  public List<ItemRef> routeUsage(String routeId) {
    Set<ItemRef> users = new TreeSet<>();
    ContentRelease working = content.workingCopy();
    for (ContentRelease r : List.of(working, content.published())) {
      r.topics().values().stream()
          .filter(t -> References.routesUsedBy(t).contains(routeId))
          .forEach(t -> users.add(ItemRef.topic(t.id())));
      r.routes().values().stream()
          .filter(x -> References.routesUsedBy(x).contains(routeId))
          .forEach(x -> users.add(ItemRef.route(x.id())));
    }
    return new ArrayList<>(users);
  }

  /** Every item with a pending change, compared with the live release, field by field. */
  public List<Change> pendingChanges() {
    return jdbc.read(
        tx -> {
          Map<ItemRef, Releases.Entry> live = Releases.entries(tx, Releases.liveNumber(tx));
          List<Change> changes = new ArrayList<>();
          for (Head h : Items.heads(tx, null)) {
            if (h.rev().pending()) {
              Releases.Entry was = live.get(h.item().ref());
              changes.add(Changes.of(h, was == null ? null : was.value()));
            }
          }
          return changes;
        });
  }

  // ---- changing the working copy

  /**
   * Saves the topic as a new draft revision. Its {@code status} and {@code version} fields are
   * ignored: {@code expectedVersion} is the version the editor started from (0 for a new topic).
   */
  public Item<Topic> saveTopic(Topic topic, long expectedVersion, String author, String reason) {
    return save(topic, expectedVersion, author, reason, Topic.class);
  }

  public Item<ReportingRoute> saveRoute(
      ReportingRoute route, long expectedVersion, String author, String reason) {
    return save(route, expectedVersion, author, reason, ReportingRoute.class);
  }

  public Item<LexiconConcept> saveConcept(
      LexiconConcept concept, long expectedVersion, String author, String reason) {
    return save(concept, expectedVersion, author, reason, LexiconConcept.class);
  }

  /** Saves a must-answer question; changing its wording makes a new item (withdraw the old one). */
  public Item<RegressionQuestion> saveQuestion(
      RegressionQuestion question, long expectedVersion, String author, String reason) {
    return save(question, expectedVersion, author, reason, RegressionQuestion.class);
  }

  private <T> Item<T> save(
      Object value, long expectedVersion, String author, String reason, Class<T> type) {
    return jdbc.transaction(tx -> editing.save(tx, value, expectedVersion, author, reason))
        .toItem(type);
  }

  /**
   * Withdraws a live item (a draft change that goes through review like any other) or drops an
   * unpublished one at once. Refused while other content still refers to it.
   */
  public Item<Object> withdraw(ItemRef ref, long expectedVersion, String author, String reason) {
    return jdbc.transaction(
            tx -> editing.withdraw(tx, ref, expectedVersion, author, reason, AuditLog.WITHDRAW))
        .toItem(Object.class);
  }

  /** Drops the pending change, going back to the live content (or dropping a new item). */
  public Item<Object> discard(ItemRef ref, long expectedVersion, String actor, String reason) {
    return jdbc.transaction(tx -> editing.discard(tx, ref, expectedVersion, actor, reason))
        .toItem(Object.class);
  }

  /** Draft -> in review. */
  public Item<Object> submit(ItemRef ref, long expectedVersion, String actor) {
    return jdbc.transaction(tx -> review.submit(tx, ref, expectedVersion, actor))
        .toItem(Object.class);
  }

  /**
   * In review -> approved, by someone who wrote no revision of the change.
   *
   * @throws uk.socguide.content.WorkflowException when the approver wrote part of the change
   */
  public Item<Object> approve(ItemRef ref, long expectedVersion, String approver) {
    return jdbc.transaction(tx -> review.approve(tx, ref, expectedVersion, approver))
        .toItem(Object.class);
  }

  /** In review or approved -> back to draft, with the reviewer's reason. */
  public Item<Object> reject(ItemRef ref, long expectedVersion, String reviewer, String reason) {
    return jdbc.transaction(tx -> review.reject(tx, ref, expectedVersion, reviewer, reason))
        .toItem(Object.class);
  }

  private boolean matches(Item<Topic> item, TopicQuery q) {
    Topic t = item.value();
    if (q.category() != null && t.category() != q.category()) {
      return false;
    }
    if (q.status() != null && item.status() != q.status()) {
      return false;
    }
    if (q.reviewDue() && (t.reviewBy() == null || t.reviewBy().isAfter(editing.today()))) {
      return false;
    }
    if (q.text() == null || q.text().isBlank()) {
      return true;
    }
    String needle = q.text().strip().toLowerCase(Locale.ROOT);
    List<String> haystack = new ArrayList<>(List.of(t.id(), t.title()));
    haystack.addAll(t.examples());
    t.answers().forEach(a -> haystack.add(a.markup()));
    return haystack.stream().anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(needle));
  }
}
