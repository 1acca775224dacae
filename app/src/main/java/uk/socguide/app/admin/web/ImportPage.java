package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.files.ContentZips;
import uk.socguide.content.ImportResult;
import uk.socguide.content.ItemRef;
import uk.socguide.content.ValidationException;
import uk.socguide.content.store.Database;

/**
 * {@code POST /admin/import}: a zip of content files uploaded from the releases page, imported as
 * drafts by the editor, all or nothing; every problem is listed with its file, line and field.
 */
final class ImportPage {
  private static final int MAX_NAMED = 10;

  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  ImportPage(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void upload(Context ctx, Principal who) throws IOException {
    UploadedFile file = ctx.uploadedFile("files");
    if (file == null || file.size() == 0) {
      pages.failed(ctx, who, "/admin/releases", "Choose a zip of content files to import.");
      return;
    }
    if (file.size() > ContentZips.MAX_BYTES) {
      pages.failed(ctx, who, "/admin/releases", "That file is over 4 MB.");
      return;
    }
    byte[] bytes;
    try (InputStream in = file.content()) {
      bytes = in.readAllBytes();
    }
    try {
      ImportResult result = ContentZips.importFiles(db, ContentZips.unzip(bytes), who.name());
      List<String> drafted = result.drafted().stream().map(ItemRef::toString).toList();
      pages.done(
          ctx,
          who,
          "/admin/changes",
          "Imported "
              + file.filename()
              + ": "
              + drafted(drafted)
              + " ("
              + result.unchanged()
              + " unchanged). Submit them for review from here.");
    } catch (ContentZips.BadUpload e) {
      pages.failed(ctx, who, "/admin/releases", "Not imported: " + e.getMessage() + ".");
    } catch (ValidationException e) {
      templates.page(
          ctx,
          422,
          "importRefused.jte",
          "page",
          pages.page(who, "Not imported", "releases"),
          "problems",
          Problems.lines(e));
    }
  }

  /** Which items became drafts, named so the editor can tell the import did what they meant. */
  private static String drafted(List<String> refs) {
    if (refs.isEmpty()) {
      return "nothing changed, so no item is now a draft";
    }
    String named =
        String.join(", ", refs.subList(0, Math.min(MAX_NAMED, refs.size())))
            + (refs.size() > MAX_NAMED ? " and " + (refs.size() - MAX_NAMED) + " more" : "");
    return refs.size() == 1
        ? "1 item is now a draft: " + named
        : refs.size() + " items are now drafts: " + named;
  }
}
