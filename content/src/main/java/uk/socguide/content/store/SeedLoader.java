package uk.socguide.content.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.socguide.content.ConflictException;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.SeedResult;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.ValidationException;
import uk.socguide.content.files.ParsedContent;
import uk.socguide.content.store.Items.Head;
import uk.socguide.content.validation.Validator;

/**
 * Loads the seed knowledge base at start-up. An empty database gets it published as release 1.
 * After that, a seed with different files offers only what its authors changed since the last seed,
 * as drafts by author {@value #AUTHOR}; editors review them like any other change, and an item
 * editors are working on is left alone. The same seed is never loaded twice.
 */
final class SeedLoader {
  static final String AUTHOR = "seed";

  private final Editing editing;

  SeedLoader(Editing editing) {
    this.editing = editing;
  }

  SeedResult load(Tx tx, ParsedContent seed) throws SQLException {
    Instant now = editing.now();
    // review-by dates are not held against the seed: a passed date flags the topic as
    // review-due instead of stopping the service from starting
    List<Problem> problems = Validator.validate(seed.content(), Set.of(), editing.today());
    if (!problems.isEmpty()) {
      throw new ValidationException(seed.locate(problems));
    }
    boolean empty = tx.count("SELECT COUNT(*) FROM content_item") == 0;
    SeedResult result = empty ? publishFirst(tx, seed, now) : offer(tx, seed);
    tx.update(
        "INSERT INTO seed_load (content_hash, loaded_at, outcome, release_no, offered)"
            + " VALUES (?, ?, ?, ?, ?)",
        seed.hash(),
        now,
        result.outcome().name(),
        result.release() == 0 ? null : result.release(),
        result.offered().size());
    tx.update("DELETE FROM seed_item");
    for (Map.Entry<ItemRef, Object> e : seed.content().items().entrySet()) {
      tx.update(
          "INSERT INTO seed_item (kind, item_id, content_hash) VALUES (?, ?, ?)",
          e.getKey().kind(),
          e.getKey().id(),
          Json.hash(e.getValue()));
    }
    Audit.append(
        tx,
        now,
        AUTHOR,
        AuditLog.SEED,
        "seed",
        seed.hash().substring(0, 12),
        null,
        Json.object(
            "outcome", result.outcome(),
            "release", result.release(),
            "offered", result.offered().stream().map(ItemRef::toString).toList(),
            "skipped", result.skipped().stream().map(ItemRef::toString).toList()),
        "seed " + seed.hash());
    return result;
  }

  static boolean alreadyLoaded(Tx tx, String hash) throws SQLException {
    return tx.count("SELECT COUNT(*) FROM seed_load WHERE content_hash = ?", hash) > 0;
  }

  private SeedResult publishFirst(Tx tx, ParsedContent seed, Instant now) throws SQLException {
    long base = Releases.liveNumber(tx);
    if (!Releases.advanceLive(tx, base, base + 1)) {
      throw new ConflictException(null, null, null, "another process is publishing");
    }
    Map<ItemRef, Long> revisions = new LinkedHashMap<>();
    for (Map.Entry<ItemRef, Object> e : seed.content().items().entrySet()) {
      long rev =
          Items.insertRevision(
              tx,
              e.getKey(),
              Json.encode(e.getValue()),
              false,
              TopicStatus.PUBLISHED,
              AUTHOR,
              now,
              "seed knowledge base",
              base + 1);
      Items.create(tx, e.getKey(), rev, rev, AUTHOR, now);
      revisions.put(e.getKey(), rev);
    }
    Releases.insert(
        tx,
        base + 1,
        now,
        AUTHOR,
        "seed knowledge base " + seed.hash().substring(0, 12),
        null,
        revisions.size(),
        revisions);
    return new SeedResult(
        seed.hash(), SeedResult.Outcome.PUBLISHED, base + 1, List.of(), List.of());
  }

  private SeedResult offer(Tx tx, ParsedContent seed) throws SQLException {
    Map<ItemRef, String> previous = new HashMap<>();
    tx.list(
        "SELECT kind, item_id, content_hash FROM seed_item",
        rs ->
            previous.put(
                new ItemRef(ItemKind.valueOf(rs.getString("kind")), rs.getString("item_id")),
                rs.getString("content_hash")));
    String reason = "newer seed " + seed.hash().substring(0, 12);
    List<ItemRef> offered = new ArrayList<>();
    List<ItemRef> skipped = new ArrayList<>();
    Map<ItemRef, Object> items = seed.content().items();
    for (Map.Entry<ItemRef, Object> e : items.entrySet()) {
      ItemRef ref = e.getKey();
      if (Json.hash(e.getValue()).equals(previous.get(ref))) {
        continue; // the seed's authors did not change it
      }
      Optional<Head> head = Items.head(tx, ref);
      if (head.isPresent()
          && !head.get().rev().withdrawal()
          && Json.sameContent(head.get().value(), e.getValue())) {
        continue;
      }
      if (head.isPresent() && editorsAreWorkingOn(head.get())) {
        skipped.add(ref);
        continue;
      }
      editing.write(
          tx, ref, head, e.getValue(), false, TopicStatus.DRAFT, AUTHOR, reason, AuditLog.SAVE);
      offered.add(ref);
    }
    for (ItemRef ref : previous.keySet()) {
      if (items.containsKey(ref)) {
        continue;
      }
      Optional<Head> head = Items.head(tx, ref);
      if (head.isEmpty() || head.get().rev().withdrawal() || !head.get().item().live()) {
        continue;
      }
      if (editorsAreWorkingOn(head.get())) {
        skipped.add(ref);
        continue;
      }
      editing.write(
          tx,
          ref,
          head,
          head.get().value(),
          true,
          TopicStatus.DRAFT,
          AUTHOR,
          reason + " no longer has it",
          AuditLog.WITHDRAW);
      offered.add(ref);
    }
    return new SeedResult(seed.hash(), SeedResult.Outcome.OFFERED, 0, offered, skipped);
  }

  private static boolean editorsAreWorkingOn(Head head) {
    return head.rev().pending() && !AUTHOR.equals(head.rev().author());
  }
}
