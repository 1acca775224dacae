package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.users.Role;
import uk.socguide.content.ContentException;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.store.Database;

/**
 * {@code POST /admin/workflow/{kind}/{id}/{step}}: submit, approve, reject, discard or withdraw a
 * topic, route, concept or must-answer question, then back to where the editor was. Approving and
 * sending back need the approver role; the content store refuses an approval by anyone who wrote
 * part of the change.
 */
final class WorkflowActions {
  private final Database db;
  private final PageContext pages;

  WorkflowActions(Database db, PageContext pages) {
    this.db = db;
    this.pages = pages;
  }

  void step(Context ctx, Principal who) {
    ItemRef ref = ref(ctx.pathParam("kind"), ctx.pathParam("id"));
    String step = ctx.pathParam("step");
    long version = version(ctx.formParam("version"));
    String reason = ctx.formParam("reason");
    String back = back(ctx.formParam("back"), ref);
    try {
      String done =
          switch (step) {
            case "submit" -> {
              db.drafts().submit(ref, version, who.name());
              yield "Submitted " + ref + " for review. Someone else must approve it.";
            }
            case "approve" -> {
              requireApprover(who);
              db.drafts().approve(ref, version, who.name());
              yield "Approved " + ref + ". It goes live with the next publish.";
            }
            case "reject" -> {
              requireApprover(who);
              db.drafts()
                  .reject(ref, version, who.name(), required(reason, "say why it is sent back"));
              yield "Sent " + ref + " back to draft.";
            }
            case "discard" -> {
              db.drafts().discard(ref, version, who.name(), TopicEditPage.reason(reason));
              yield "Discarded the pending change to " + ref + ".";
            }
            case "withdraw" -> {
              db.drafts()
                  .withdraw(ref, version, who.name(), required(reason, "say why it is withdrawn"));
              yield "Proposed withdrawing "
                  + ref
                  + ". It needs review and approval like any change.";
            }
            default -> throw Refusal.notFound("There is no workflow step " + step + ".");
          };
      pages.done(ctx, who, back, done);
    } catch (ContentException e) {
      pages.failed(ctx, who, back, Problems.describe(e));
    } catch (IllegalArgumentException e) {
      pages.failed(ctx, who, back, e.getMessage());
    }
  }

  private static void requireApprover(Principal who) {
    if (!who.may(Role.APPROVER)) {
      throw new Refusal(403, "Approving and sending back need the approver role.");
    }
  }

  static ItemRef ref(String kind, String id) {
    try {
      return new ItemRef(ItemKind.fromLabel(kind), id);
    } catch (IllegalArgumentException e) {
      throw Refusal.notFound("There is no kind of content called " + kind + ".");
    }
  }

  static long version(String text) {
    try {
      return Long.parseLong(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw Refusal.badRequest("The form has no version of the item; reload the page.");
    }
  }

  private static String required(String text, String what) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("Please " + what + ".");
    }
    return text.strip();
  }

  /** Back to the page the form was on, when it is a workspace page, else to the item. */
  private static String back(String asked, ItemRef ref) {
    if (asked != null
        && asked.startsWith("/admin/")
        && !asked.startsWith("//")
        && asked.length() < 300
        && asked.chars().noneMatch(c -> c < 0x21 || c == '\\')) {
      return asked;
    }
    return switch (ref.kind()) {
      case TOPIC -> "/admin/topics/" + ref.id();
      case ROUTE -> "/admin/routes/" + ref.id();
      default -> "/admin/changes";
    };
  }
}
