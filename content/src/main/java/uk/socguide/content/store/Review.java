package uk.socguide.content.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.ValidationException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.store.Items.Head;
import uk.socguide.content.store.Items.RevRow;

/**
 * The review steps: draft -> in review -> approved, or back to draft. Approval needs a second
 * person: nobody who wrote any revision of the pending change may approve it.
 */
final class Review {
  private final Editing editing;

  Review(Editing editing) {
    this.editing = editing;
  }

  Head submit(Tx tx, ItemRef ref, long expectedVersion, String actor) throws SQLException {
    Head head = pendingHead(tx, ref, expectedVersion, TopicStatus.DRAFT, "submitted for review");
    checkValid(tx, ref, head);
    return move(tx, head, TopicStatus.IN_REVIEW, actor, AuditLog.SUBMIT, "");
  }

  Head approve(Tx tx, ItemRef ref, long expectedVersion, String approver) throws SQLException {
    String who = Actors.check(approver);
    Head head = pendingHead(tx, ref, expectedVersion, TopicStatus.IN_REVIEW, "approved");
    Set<String> authors = authors(tx, head);
    if (authors.contains(who)) {
      throw new WorkflowException(
          who
              + " wrote part of this change to "
              + ref
              + ", so someone else must approve it (authors: "
              + String.join(", ", new TreeSet<>(authors))
              + ")");
    }
    checkValid(tx, ref, head);
    return move(tx, head, TopicStatus.APPROVED, who, AuditLog.APPROVE, "");
  }

  Head reject(Tx tx, ItemRef ref, long expectedVersion, String reviewer, String reason)
      throws SQLException {
    Head head = Items.head(tx, ref).orElseThrow(() -> Editing.unknown(ref));
    Editing.checkVersion(tx, ref, Optional.of(head), expectedVersion);
    TopicStatus s = head.rev().status();
    if (s != TopicStatus.IN_REVIEW && s != TopicStatus.APPROVED) {
      throw new WorkflowException(
          ref + " is " + label(s) + "; only a change in review or approved can be sent back");
    }
    return move(tx, head, TopicStatus.DRAFT, reviewer, AuditLog.REJECT, reason);
  }

  private Head pendingHead(
      Tx tx, ItemRef ref, long expectedVersion, TopicStatus required, String step)
      throws SQLException {
    Head head = Items.head(tx, ref).orElseThrow(() -> Editing.unknown(ref));
    Editing.checkVersion(tx, ref, Optional.of(head), expectedVersion);
    if (head.rev().status() != required) {
      throw new WorkflowException(
          ref
              + " is "
              + label(head.rev().status())
              + "; only a change that is "
              + label(required)
              + " can be "
              + step);
    }
    return head;
  }

  /** Everyone who wrote a revision of the pending change (back to the last published one). */
  static Set<String> authors(Tx tx, Head head) throws SQLException {
    Set<String> authors = new LinkedHashSet<>();
    for (RevRow r : Items.history(tx, head.item().ref())) {
      if (r.number() > head.rev().number()) {
        continue;
      }
      if (!r.pending()) {
        break;
      }
      authors.add(r.author());
    }
    return authors;
  }

  private void checkValid(Tx tx, ItemRef ref, Head head) throws SQLException {
    if (head.rev().withdrawal()) {
      editing.checkNothingDependsOn(tx, ref, head);
      return;
    }
    ContentSet working = Editing.workingSet(tx);
    List<Problem> problems =
        StoreValidation.forChange(working, working, Set.of(ref), editing.today());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private Head move(Tx tx, Head head, TopicStatus to, String actor, String action, String note)
      throws SQLException {
    String who = Actors.check(actor);
    Instant now = editing.now();
    ItemRef ref = head.item().ref();
    Items.advance(tx, ref, head.item().version(), who, now);
    long rev = head.rev().id();
    if (to == TopicStatus.IN_REVIEW) {
      tx.update(
          "UPDATE content_revision SET status = ?, submitted_by = ?, submitted_at = ?,"
              + " approved_by = NULL, approved_at = NULL WHERE id = ?",
          to,
          who,
          now,
          rev);
    } else if (to == TopicStatus.APPROVED) {
      tx.update(
          "UPDATE content_revision SET status = ?, approved_by = ?, approved_at = ? WHERE id = ?",
          to,
          who,
          now,
          rev);
    } else {
      tx.update(
          "UPDATE content_revision SET status = ?, approved_by = NULL, approved_at = NULL"
              + " WHERE id = ?",
          to,
          rev);
    }
    Audit.append(
        tx,
        now,
        who,
        action,
        ref,
        Json.object("status", head.rev().status(), "revision", head.rev().number()),
        Json.object("status", to, "revision", head.rev().number()),
        note == null ? "" : note);
    return Items.head(tx, ref).orElseThrow();
  }

  static String label(TopicStatus s) {
    return s.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
