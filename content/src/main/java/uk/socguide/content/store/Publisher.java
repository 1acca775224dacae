package uk.socguide.content.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.socguide.content.Change;
import uk.socguide.content.ConflictException;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.PublishPlan;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.ValidationException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.store.Items.Head;
import uk.socguide.content.store.Releases.Entry;
import uk.socguide.content.validation.Validator;

/**
 * Plans and makes releases. A release is made in one transaction: the live-release pointer moves
 * from the planned base to the next number only if nobody published in between, so two publishers
 * can never both succeed, and a reader sees either the old release or the new one.
 */
final class Publisher {
  private final Editing editing;

  Publisher(Editing editing) {
    this.editing = editing;
  }

  /** Every approved change on top of the live release. */
  PublishPlan plan(Tx tx) throws SQLException {
    long base = Releases.liveNumber(tx);
    Map<ItemRef, Entry> live = Releases.entries(tx, base);
    Map<ItemRef, Entry> candidate = new LinkedHashMap<>(live);
    List<Change> changes = new ArrayList<>();
    for (Head head : Items.heads(tx, null)) {
      if (head.rev().status() != TopicStatus.APPROVED) {
        continue;
      }
      ItemRef ref = head.item().ref();
      Entry was = live.get(ref);
      changes.add(Changes.of(head, was == null ? null : was.value()));
      if (head.rev().withdrawal()) {
        candidate.remove(ref);
      } else {
        candidate.put(ref, new Entry(head.rev().id(), head.rev().number(), head.value()));
      }
    }
    Set<ItemRef> changed = new HashSet<>();
    changes.forEach(c -> changed.add(c.ref()));
    return plan(base, 0, changes, candidate, changed);
  }

  /** The changes that make release {@code number}'s content live again. */
  PublishPlan planRestore(Tx tx, long number) throws SQLException {
    long base = Releases.liveNumber(tx);
    Releases.info(tx, number);
    if (number == base) {
      throw new WorkflowException("release " + number + " is already live");
    }
    Map<ItemRef, Entry> live = Releases.entries(tx, base);
    Map<ItemRef, Entry> target = Releases.entries(tx, number);
    Set<ItemRef> refs = new TreeSet<>(live.keySet());
    refs.addAll(target.keySet());
    List<Change> changes = new ArrayList<>();
    for (ItemRef ref : refs) {
      Entry was = live.get(ref);
      Entry then = target.get(ref);
      if (was != null && then != null && Json.sameContent(was.value(), then.value())) {
        continue;
      }
      Items.ItemRow item = Items.find(tx, ref).orElseThrow();
      changes.add(
          Changes.of(
              ref,
              was == null ? null : was.value(),
              then == null ? null : then.value(),
              TopicStatus.PUBLISHED,
              then == null ? 0 : then.revisionId(),
              item.version(),
              item.changedBy(),
              item.changedAt()));
    }
    return plan(base, number, changes, target, Set.of());
  }

  private PublishPlan plan(
      long base,
      long restoredFrom,
      List<Change> changes,
      Map<ItemRef, Entry> candidate,
      Set<ItemRef> datesChecked) {
    ContentRelease release = Releases.build(base + 1, editing.now(), candidate.values());
    List<Problem> problems =
        Validator.validate(ContentSet.of(release), datesChecked, editing.today());
    return new PublishPlan(base, restoredFrom, changes, release, problems);
  }

  /** Makes the plan live as release {@code baseRelease + 1}; returns that number. */
  long publish(Tx tx, PublishPlan plan, String actor, String note) throws SQLException {
    String who = Actors.check(actor);
    if (plan.changes().isEmpty()) {
      throw new WorkflowException(
          plan.restoredFrom() == 0
              ? "nothing is approved for publishing"
              : "release " + plan.restoredFrom() + " has the same content as the live release");
    }
    if (!plan.valid()) {
      throw new ValidationException(plan.problems());
    }
    long next = plan.baseRelease() + 1;
    if (!Releases.advanceLive(tx, plan.baseRelease(), next)) {
      ReleaseInfo latest = Releases.info(tx, Releases.liveNumber(tx));
      throw new ConflictException(
          null,
          latest.publishedBy(),
          latest.publishedAt(),
          "release "
              + latest.number()
              + " was published by "
              + latest.publishedBy()
              + " at "
              + latest.publishedAt()
              + " after this was planned; check the changes again");
    }
    Instant now = editing.now();
    String why = note == null ? "" : Text.clip(note.strip(), 2000);
    Map<ItemRef, Long> revisions = new LinkedHashMap<>();
    Releases.entries(tx, plan.baseRelease()).forEach((r, e) -> revisions.put(r, e.revisionId()));
    for (Change change : plan.changes()) {
      Long rev =
          plan.restoredFrom() == 0
              ? publishChange(tx, change, next, who, now, why)
              : restoreChange(tx, change, plan.restoredFrom(), next, who, now, why);
      if (rev == null) {
        revisions.remove(change.ref());
      } else {
        revisions.put(change.ref(), rev);
      }
    }
    Releases.insert(
        tx,
        next,
        now,
        who,
        why,
        plan.restoredFrom() == 0 ? null : plan.restoredFrom(),
        plan.changes().size(),
        revisions);
    Audit.append(
        tx,
        now,
        who,
        plan.restoredFrom() == 0 ? AuditLog.PUBLISH : AuditLog.RESTORE,
        "release",
        Long.toString(next),
        Json.object("release", plan.baseRelease()),
        Json.object(
            "release",
            next,
            "restoredFrom",
            plan.restoredFrom(),
            "changes",
            plan.changes().stream().map(c -> c.ref().toString()).toList()),
        why);
    return next;
  }

  private Long publishChange(
      Tx tx, Change change, long release, String who, Instant now, String note)
      throws SQLException {
    ItemRef ref = change.ref();
    Head head = Items.head(tx, ref).orElseThrow();
    if (head.rev().id() != change.revisionId() || head.rev().status() != TopicStatus.APPROVED) {
      throw new ConflictException(
          ref,
          head.item().changedBy(),
          head.item().changedAt(),
          ref
              + " was changed by "
              + head.item().changedBy()
              + " at "
              + head.item().changedAt()
              + " after this publish was planned; check the changes again");
    }
    boolean withdrawal = head.rev().withdrawal();
    tx.update(
        "UPDATE content_revision SET status = ?, published_in = ? WHERE id = ?",
        withdrawal ? TopicStatus.WITHDRAWN : TopicStatus.PUBLISHED,
        release,
        head.rev().id());
    Items.advance(tx, ref, head.item().version(), who, now);
    Long live = withdrawal ? null : head.rev().id();
    Items.setLive(tx, ref, live);
    String before = change.before() == null ? null : Json.encode(change.before());
    Audit.append(
        tx,
        now,
        who,
        AuditLog.PUBLISH,
        ref,
        before,
        withdrawal ? null : head.rev().body(),
        "release " + release + (note.isEmpty() ? "" : ": " + note));
    return live;
  }

  private Long restoreChange(
      Tx tx, Change change, long from, long release, String who, Instant now, String note)
      throws SQLException {
    ItemRef ref = change.ref();
    Head head = Items.head(tx, ref).orElseThrow();
    boolean withdrawal = change.after() == null;
    Object content = withdrawal ? change.before() : change.after();
    long rev =
        Items.insertRevision(
            tx,
            ref,
            Json.encode(content),
            withdrawal,
            withdrawal ? TopicStatus.WITHDRAWN : TopicStatus.PUBLISHED,
            who,
            now,
            "restored release " + from + (note.isEmpty() ? "" : ": " + note),
            release);
    Items.advance(tx, ref, head.item().version(), who, now);
    Items.setLive(tx, ref, withdrawal ? null : rev);
    // editors' pending work stays their head; otherwise the restored content becomes the head
    if (!head.rev().pending()) {
      Items.setHead(tx, ref, rev);
    }
    Audit.append(
        tx,
        now,
        who,
        AuditLog.RESTORE,
        ref,
        change.before() == null ? null : Json.encode(change.before()),
        withdrawal ? null : Json.encode(content),
        "release " + release + " restores release " + from);
    return withdrawal ? null : rev;
  }
}
