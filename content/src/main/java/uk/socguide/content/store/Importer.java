package uk.socguide.content.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ImportResult;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.ValidationException;
import uk.socguide.content.files.ParsedContent;
import uk.socguide.content.store.Items.Head;

/**
 * Applies a folder of content files as drafts: validated as a whole against the working copy first,
 * then written in the caller's single transaction, so an import is all or nothing. Items not in the
 * files are left as they are.
 */
final class Importer {
  private final Editing editing;

  Importer(Editing editing) {
    this.editing = editing;
  }

  ImportResult apply(
      Tx tx, ParsedContent files, String author, String reason, Consumer<ItemRef> progress)
      throws SQLException {
    Actors.check(author);
    Map<ItemRef, Head> heads = new HashMap<>();
    for (Head h : Items.heads(tx, null)) {
      heads.put(h.item().ref(), h);
    }
    ContentSet working = Editing.workingSet(new ArrayList<>(heads.values()));
    Map<ItemRef, Object> changed = new LinkedHashMap<>();
    files
        .content()
        .items()
        .forEach(
            (ref, value) -> {
              Head head = heads.get(ref);
              if (head == null
                  || head.rev().withdrawal()
                  || !Json.sameContent(head.value(), value)) {
                changed.put(ref, value);
              }
            });
    ContentSet merged = StoreValidation.with(working, files.content().items());
    List<Problem> problems =
        StoreValidation.forChange(working, merged, changed.keySet(), editing.today());
    if (!problems.isEmpty()) {
      throw new ValidationException(files.locate(problems));
    }
    for (Map.Entry<ItemRef, Object> e : changed.entrySet()) {
      Optional<Head> head = Optional.ofNullable(heads.get(e.getKey()));
      editing.write(
          tx,
          e.getKey(),
          head,
          e.getValue(),
          false,
          TopicStatus.DRAFT,
          author,
          reason,
          AuditLog.IMPORT);
      progress.accept(e.getKey());
    }
    return new ImportResult(
        new ArrayList<>(changed.keySet()), files.content().size() - changed.size());
  }
}
