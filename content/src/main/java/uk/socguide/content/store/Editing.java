package uk.socguide.content.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.socguide.content.Canonical;
import uk.socguide.content.ConflictException;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.UnknownItemException;
import uk.socguide.content.ValidationException;
import uk.socguide.content.WorkflowException;
import uk.socguide.content.store.Items.Head;

/** Saving new revisions: the working copy, validated saves, withdrawals and discards. */
final class Editing {
  private final Clock clock;

  Editing(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Every item's head content, leaving out withdrawals: what editors are working towards. */
  static ContentSet workingSet(Tx tx) throws SQLException {
    return workingSet(Items.heads(tx, null));
  }

  static ContentSet workingSet(List<Head> heads) {
    return ContentSet.ofItems(
        heads.stream().filter(h -> !h.rev().withdrawal()).map(Head::value).toList());
  }

  /**
   * Saves {@code value} as a new draft revision, after checking the version and validating the
   * change against the working copy. Saving content identical to the head changes nothing.
   */
  Head save(Tx tx, Object value, long expectedVersion, String author, String reason)
      throws SQLException {
    Object item = Canonical.item(value);
    ItemRef ref = Canonical.ref(item);
    String why = reason(ref, reason);
    Optional<Head> head = Items.head(tx, ref);
    checkVersion(tx, ref, head, expectedVersion);
    if (head.isPresent()
        && !head.get().rev().withdrawal()
        && Json.sameContent(head.get().value(), item)) {
      return head.get();
    }
    ContentSet before = workingSet(tx);
    List<Problem> problems =
        StoreValidation.forChange(
            before, StoreValidation.with(before, ref, item), Set.of(ref), today());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return write(tx, ref, head, item, false, TopicStatus.DRAFT, author, why, AuditLog.SAVE);
  }

  /**
   * Withdraws the item: a draft withdrawal that goes through review when the item is live, or at
   * once when it never was. Refused when other content still depends on it.
   */
  Head withdraw(
      Tx tx, ItemRef ref, long expectedVersion, String author, String reason, String action)
      throws SQLException {
    String why = reason(ref, reason);
    Head head = Items.head(tx, ref).orElseThrow(() -> unknown(ref));
    checkVersion(tx, ref, Optional.of(head), expectedVersion);
    if (head.rev().withdrawal()) {
      throw new WorkflowException(ref + " is already withdrawn");
    }
    checkNothingDependsOn(tx, ref, head);
    TopicStatus status = head.item().live() ? TopicStatus.DRAFT : TopicStatus.WITHDRAWN;
    return write(tx, ref, Optional.of(head), head.value(), true, status, author, why, action);
  }

  /** Throws when removing the item would leave other items in the working copy with problems. */
  void checkNothingDependsOn(Tx tx, ItemRef ref, Head head) throws SQLException {
    ContentSet without = StoreValidation.with(workingSet(tx), ref, null);
    ContentSet with = StoreValidation.with(without, ref, head.value());
    List<Problem> problems = StoreValidation.forChange(with, without, Set.of(), today());
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  /** Drops the pending change: the head goes back to the live revision. */
  Head discard(Tx tx, ItemRef ref, long expectedVersion, String actor, String reason)
      throws SQLException {
    Head head = Items.head(tx, ref).orElseThrow(() -> unknown(ref));
    checkVersion(tx, ref, Optional.of(head), expectedVersion);
    if (!head.rev().pending()) {
      throw new WorkflowException(ref + " has no pending change to discard");
    }
    if (!head.item().live()) {
      return withdraw(tx, ref, expectedVersion, actor, reason, AuditLog.DISCARD);
    }
    Instant now = now();
    Items.advance(tx, ref, expectedVersion, actor, now);
    Items.setHead(tx, ref, head.item().liveRev());
    Head live = Items.head(tx, ref).orElseThrow();
    Audit.append(
        tx,
        now,
        actor,
        AuditLog.DISCARD,
        ref,
        head.rev().body(),
        live.rev().body(),
        reason == null ? "" : reason);
    return live;
  }

  /**
   * Writes a new revision as the item's head, with no validation (callers have validated), and
   * audits it.
   */
  Head write(
      Tx tx,
      ItemRef ref,
      Optional<Head> head,
      Object value,
      boolean withdrawal,
      TopicStatus status,
      String author,
      String reason,
      String action)
      throws SQLException {
    String who = Actors.check(author);
    Instant now = now();
    String body = Json.encode(value);
    if (head.isEmpty()) {
      try {
        long rev = Items.insertRevision(tx, ref, body, withdrawal, status, who, now, reason, null);
        Items.create(tx, ref, rev, null, who, now);
      } catch (SQLException e) {
        if (!Jdbc.duplicateKey(e)) {
          throw e;
        }
        throw new ConflictException(
            ref, null, null, ref + " was just created by someone else; reload it and try again");
      }
    } else {
      Items.advance(tx, ref, head.get().item().version(), who, now);
      long rev = Items.insertRevision(tx, ref, body, withdrawal, status, who, now, reason, null);
      Items.setHead(tx, ref, rev);
    }
    String before = head.filter(h -> !h.rev().withdrawal()).map(h -> h.rev().body()).orElse(null);
    Audit.append(tx, now, who, action, ref, before, withdrawal ? null : body, reason);
    return Items.head(tx, ref).orElseThrow();
  }

  static void checkVersion(Tx tx, ItemRef ref, Optional<Head> head, long expectedVersion)
      throws SQLException {
    if (head.isEmpty()) {
      if (expectedVersion != 0) {
        throw unknown(ref);
      }
    } else if (head.get().item().version() != expectedVersion) {
      throw Items.conflict(tx, ref, expectedVersion);
    }
  }

  static UnknownItemException unknown(ItemRef ref) {
    return new UnknownItemException("there is no " + ref);
  }

  private static String reason(ItemRef ref, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new ValidationException(
          List.of(Problem.of(ref, "reason", "say why you are making this change")));
    }
    return Text.clip(reason.strip(), 2000);
  }
}
