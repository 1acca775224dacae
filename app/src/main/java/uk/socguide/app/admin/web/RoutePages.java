package uk.socguide.app.admin.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.socguide.app.admin.auth.Principal;
import uk.socguide.app.admin.http.Refusal;
import uk.socguide.app.admin.view.RouteForm;
import uk.socguide.app.admin.view.RouteView;
import uk.socguide.app.admin.view.TopicView;
import uk.socguide.content.Change;
import uk.socguide.content.ContentException;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Item;
import uk.socguide.content.ItemKind;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Jurisdiction;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.RouteRedirect;
import uk.socguide.content.Urgency;
import uk.socguide.content.store.Database;

/**
 * Reporting routes: each is edited once, here, and every answer that refers to it shows the change
 * when it is published. The page lists those answers.
 */
final class RoutePages {
  private static final int MAX_REDIRECTS = 20;

  private final Database db;
  private final PageContext pages;
  private final Templates templates;

  RoutePages(Database db, PageContext pages, Templates templates) {
    this.db = db;
    this.pages = pages;
    this.templates = templates;
  }

  void list(Context ctx, Principal who) {
    templates.page(
        ctx,
        200,
        "routes.jte",
        "page",
        pages.page(who, "Reporting routes", "routes"),
        "routes",
        db.drafts().routes());
  }

  void show(Context ctx, Principal who) {
    String id = ctx.pathParam("id");
    Item<ReportingRoute> item =
        db.drafts()
            .route(id)
            .orElseThrow(() -> Refusal.notFound("There is no reporting route " + id + "."));
    render(ctx, who, 200, item, form(item), List.of());
  }

  void create(Context ctx, Principal who) {
    render(ctx, who, 200, null, blank(), List.of());
  }

  void save(Context ctx, Principal who) {
    boolean isNew = !ctx.pathParamMap().containsKey("id");
    RouteForm form = parse(ctx, isNew);
    Item<ReportingRoute> item = isNew ? null : db.drafts().route(form.id()).orElse(null);
    if (isNew && db.drafts().route(form.id()).isPresent()) {
      render(
          ctx,
          who,
          409,
          null,
          form,
          List.of("There is already a route " + form.id() + "; choose another id."));
      return;
    }
    try {
      Item<ReportingRoute> saved =
          db.drafts()
              .saveRoute(
                  route(form), form.version(), who.name(), TopicEditPage.reason(form.reason()));
      pages.done(
          ctx,
          who,
          "/admin/routes/" + saved.value().id(),
          "Saved as a draft (revision "
              + saved.revision()
              + "). Every answer that uses this route shows the change once it is published.");
    } catch (ContentException e) {
      render(ctx, who, TopicEditPage.status(e), item, form, Problems.lines(e));
    } catch (Refusal r) {
      render(ctx, who, r.status(), item, form, List.of(r.getMessage()));
    } catch (IllegalArgumentException e) {
      render(ctx, who, 400, item, form, List.of(e.getMessage()));
    }
  }

  private void render(
      Context ctx,
      Principal who,
      int status,
      Item<ReportingRoute> item,
      RouteForm form,
      List<String> problems) {
    List<TopicView.Link> usedBy = new ArrayList<>();
    Change pending = null;
    if (item != null) {
      ContentRelease working = db.content().workingCopy();
      for (ItemRef ref : db.drafts().routeUsage(item.value().id())) {
        if (ref.kind() == ItemKind.TOPIC) {
          usedBy.add(
              new TopicView.Link(
                  "/admin/topics/" + ref.id(),
                  working.topic(ref.id()).map(t -> t.title()).orElse(ref.id())
                      + " (topic "
                      + ref.id()
                      + ")"));
        } else {
          usedBy.add(new TopicView.Link("/admin/routes/" + ref.id(), "route " + ref.id()));
        }
      }
      ItemRef ref = ItemRef.route(item.value().id());
      pending =
          db.drafts().pendingChanges().stream()
              .filter(c -> c.ref().equals(ref))
              .findFirst()
              .orElse(null);
    }
    String title = item == null ? "New reporting route" : item.value().name();
    templates.page(
        ctx,
        status,
        "route.jte",
        "page",
        pages.page(who, title, "routes"),
        "v",
        new RouteView(item, usedBy, pending, withSpareRow(form), problems));
  }

  private static RouteForm form(Item<ReportingRoute> item) {
    ReportingRoute r = item.value();
    Set<String> js = new LinkedHashSet<>();
    r.jurisdictions().forEach(j -> js.add(j.name()));
    return new RouteForm(
        false,
        r.id(),
        r.name(),
        r.phone(),
        r.textphone(),
        r.sms(),
        r.web(),
        r.hours(),
        js,
        r.whenToUse(),
        r.urgency() == null ? "" : r.urgency().name(),
        r.doesNotTake().stream().map(d -> new RouteForm.Redirect(d.what(), d.routeId())).toList(),
        item.version(),
        "");
  }

  private static RouteForm blank() {
    return new RouteForm(
        true, "", "", "", "", "", "", "", Set.of(), "", "", List.of(), 0, "new route");
  }

  private static RouteForm withSpareRow(RouteForm f) {
    List<RouteForm.Redirect> rows = new ArrayList<>(f.doesNotTake());
    rows.add(new RouteForm.Redirect("", ""));
    return new RouteForm(
        f.isNew(),
        f.id(),
        f.name(),
        f.phone(),
        f.textphone(),
        f.sms(),
        f.web(),
        f.hours(),
        f.jurisdictions(),
        f.whenToUse(),
        f.urgency(),
        rows,
        f.version(),
        f.reason());
  }

  private static RouteForm parse(Context ctx, boolean isNew) {
    Set<String> js = new LinkedHashSet<>(ctx.formParams("jurisdictions"));
    List<RouteForm.Redirect> redirects = new ArrayList<>();
    for (int i = 0; i < MAX_REDIRECTS; i++) {
      String what = field(ctx, "r" + i + ".what");
      String route = field(ctx, "r" + i + ".route");
      if (!(what + route).isBlank()) {
        redirects.add(new RouteForm.Redirect(what, route.strip()));
      }
    }
    return new RouteForm(
        isNew,
        isNew ? field(ctx, "id").strip() : ctx.pathParam("id"),
        field(ctx, "name"),
        field(ctx, "phone"),
        field(ctx, "textphone"),
        field(ctx, "sms"),
        field(ctx, "web"),
        field(ctx, "hours"),
        js,
        field(ctx, "whenToUse"),
        field(ctx, "urgency"),
        redirects,
        WorkflowActions.version(field(ctx, "version").isEmpty() ? "0" : field(ctx, "version")),
        field(ctx, "reason"));
  }

  private static ReportingRoute route(RouteForm f) {
    EnumSet<Jurisdiction> js = EnumSet.noneOf(Jurisdiction.class);
    for (String j : f.jurisdictions()) {
      try {
        js.add(Jurisdiction.valueOf(j));
      } catch (IllegalArgumentException e) {
        throw Refusal.badRequest("Jurisdictions: tick those listed.");
      }
    }
    Urgency urgency;
    try {
      urgency = Urgency.valueOf(f.urgency().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Refusal.badRequest("Urgency: choose one.");
    }
    return new ReportingRoute(
        f.id(),
        f.name(),
        f.phone(),
        f.textphone(),
        f.sms(),
        f.web(),
        f.hours(),
        js,
        f.whenToUse(),
        urgency,
        f.doesNotTake().stream().map(d -> new RouteRedirect(d.what(), d.routeId())).toList());
  }

  private static String field(Context ctx, String name) {
    String v = ctx.formParam(name);
    return v == null ? "" : v;
  }
}
