package uk.socguide.content.store;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.PublishPlan;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.Topic;
import uk.socguide.content.store.Items.Head;

/**
 * Published content: the live release, earlier releases, and publishing and restoring. The live
 * release is held in memory, so {@link #published()} is cheap enough to call on every turn.
 * Thread-safe.
 */
public final class ContentStore {
  private static final Logger LOG = LoggerFactory.getLogger(ContentStore.class);

  private final Jdbc jdbc;
  private final Editing editing;
  private final Publisher publisher;
  private final AtomicReference<ContentRelease> live = new AtomicReference<>();

  ContentStore(Jdbc jdbc, Editing editing) {
    this.jdbc = jdbc;
    this.editing = editing;
    this.publisher = new Publisher(editing);
    reload();
  }

  /**
   * The live release: number 0 with no content when nothing has been published yet. It changes when
   * this store publishes or restores, or when {@link #refresh()} finds a newer one.
   */
  public ContentRelease published() {
    return live.get();
  }

  /**
   * Rereads the live release if another process (sharing a PostgreSQL database) published one.
   *
   * @return the new live release, or empty when it had not changed
   */
  public Optional<ContentRelease> refresh() {
    long number = jdbc.read(Releases::liveNumber);
    if (number == live.get().number()) {
      return Optional.empty();
    }
    return Optional.of(reload());
  }

  ContentRelease reload() {
    ContentRelease release = jdbc.read(tx -> Releases.load(tx, Releases.liveNumber(tx)));
    live.set(release);
    return release;
  }

  /**
   * Any release, read from the database.
   *
   * @throws uk.socguide.content.UnknownItemException when there is no such release
   */
  public ContentRelease release(long number) {
    return jdbc.read(tx -> Releases.load(tx, number));
  }

  /** Every release, newest first. */
  public List<ReleaseInfo> releases() {
    return jdbc.read(Releases::all);
  }

  /**
   * The working copy as a release (number 0): every item's latest revision, drafts included and
   * withdrawals left out. For previews and "try a question" against unpublished changes.
   */
  public ContentRelease workingCopy() {
    List<Head> heads = jdbc.read(tx -> Items.heads(tx, null));
    return Releases.of(
        0,
        editing.now(),
        heads.stream().filter(h -> !h.rev().withdrawal()).map(Head::value).toList());
  }

  /**
   * What publishing now would do: every approved change, the candidate release and any problems.
   * Check the candidate (for example, evaluate intent detection on it), then pass the plan to
   * {@link #publish(PublishPlan, String, String)}.
   */
  public PublishPlan planPublish() {
    return jdbc.read(publisher::plan);
  }

  /**
   * Makes exactly the planned changes live, atomically, as the next numbered release.
   *
   * @return the new live release
   * @throws uk.socguide.content.ValidationException when the plan has problems (all are listed)
   * @throws uk.socguide.content.WorkflowException when the plan changes nothing
   * @throws uk.socguide.content.ConflictException when a release was published or a planned item
   *     changed since the plan was made
   */
  public ContentRelease publish(PublishPlan plan, String actor, String note) {
    long number = jdbc.transaction(tx -> publisher.publish(tx, plan, actor, note));
    LOG.info(
        "content release {} is live ({} changes{})",
        number,
        plan.changes().size(),
        plan.restoredFrom() == 0 ? "" : ", restoring release " + plan.restoredFrom());
    return reload();
  }

  /** Plans and publishes every approved change. */
  public ContentRelease publish(String actor, String note) {
    return publish(planPublish(), actor, note);
  }

  /**
   * What restoring release {@code number} would do: its content as the next release. Pending drafts
   * are kept.
   */
  public PublishPlan planRestore(long number) {
    return jdbc.read(tx -> publisher.planRestore(tx, number));
  }

  /** Makes an earlier release's content live again, as a new release number. */
  public ContentRelease restore(long number, String actor, String note) {
    return publish(planRestore(number), actor, note);
  }

  /** Live topics whose review-by date is on or before {@code date}, soonest first. */
  public List<Topic> reviewDue(LocalDate date) {
    return live.get().topics().values().stream()
        .filter(t -> t.reviewBy() != null && !t.reviewBy().isAfter(date))
        .sorted(Comparator.comparing(Topic::reviewBy).thenComparing(Topic::id))
        .toList();
  }

  /** Live topics whose review-by date is today or has passed. */
  public List<Topic> reviewDue() {
    return reviewDue(editing.today());
  }
}
