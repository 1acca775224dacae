package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.files.ContentZips;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.Pending;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.app.admin.testing.Zips;
import uk.socguide.content.Answer;
import uk.socguide.content.Item;
import uk.socguide.content.ItemRef;
import uk.socguide.content.ReportingRoute;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.content.TopicStatus;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.SampleContent;
import uk.socguide.content.testing.TestDatabases;
import uk.socguide.intents.Classification;

/**
 * Every workspace page renders for an admin, and is built to be used with the keyboard and a screen
 * reader: one h1, a skip link to the main content, a label for every field, unique ids, no inline
 * script or style (the server's Content-Security-Policy forbids both).
 */
class WorkspacePagesIT {
  private static final Pattern FIELD =
      Pattern.compile("<(input|select|textarea)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
  private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");
  private static final Pattern TYPE = Pattern.compile("\\stype=\"([^\"]+)\"");

  private static Database db;
  private static WorkspaceServer server;
  private static Http ada;

  @BeforeAll
  static void start() {
    db = TestDatabases.withSampleContent();
    server = new WorkspaceServer(db);
    ada = server.signedIn("ada");
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  @Test
  void everyPageIsLabelledAndKeyboardReady() {
    List<String> pages =
        List.of(
            "/admin",
            "/admin/topics",
            "/admin/topics?q=fraud&category=reporting&status=published&due=on",
            "/admin/topics/report.fraud",
            "/admin/topics/report.fraud/edit",
            "/admin/topics/new",
            "/admin/routes",
            "/admin/routes/report-fraud",
            "/admin/routes/new",
            "/admin/changes",
            "/admin/publish",
            "/admin/releases",
            "/admin/inbox",
            "/admin/audit",
            "/admin/audit?actor=test",
            "/admin/users",
            "/admin/account",
            "/admin/try");
    for (String path : pages) {
      Http.Response r = ada.get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      String html = r.body();
      assertThat(html).as(path).startsWith("<!DOCTYPE html>").contains("<html lang=\"en-GB\">");
      assertThat(count(html, "<h1>")).as(path + " h1").isEqualTo(1);
      assertThat(html).as(path).contains("<a class=\"skip\" href=\"#main\">", "<main id=\"main\"");
      assertThat(html).as(path).doesNotContain("<script", " style=\"", " onclick=");
      assertThat(unlabelled(html)).as(path + " fields without a label").isEmpty();
      assertThat(duplicateIds(html)).as(path + " duplicate ids").isEmpty();
      assertThat(r.header("Content-Security-Policy")).contains("script-src 'self'");
    }
  }

  @Test
  void aQuestionTriedShowsTheTopicItGoesToWithTheScores() {
    String csrf = ada.get("/admin/try").csrf();
    Http.Response r = ada.form("/admin/try", "csrf", csrf, "text", "how do i report fraud");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("Goes to <a href=\"/admin/topics/report.fraud\">report.fraud</a>")
        .contains("Best topics and their scores", "class=\"num\">0.");
  }

  @Test
  void anUnsavedDraftIsPreviewedAsTheChannelsWouldShowItAndNothingIsSaved() {
    String csrf = ada.get("/admin/topics/report.fraud/edit").csrf();
    Http.Response r =
        ada.form(
            "/admin/topics/report.fraud",
            "csrf",
            csrf,
            "action",
            "try",
            "version",
            "1",
            "title",
            "Reporting fraud",
            "category",
            "reporting",
            "a0.audience",
            "DEFAULT",
            "a0.jurisdiction",
            "",
            "a0.markup",
            "Call **Report Fraud** <b>now</b>.",
            "examples",
            "how do i report fraud",
            "question",
            "how do i report fraud");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.body())
        .contains("Previews of the unsaved draft", "class=\"teams-card\"", "class=\"telegram-msg\"")
        .contains("attempt-heading");
    // the Teams card and the Telegram message each show the draft, its tags as text
    String shown = "(?:(?!<h4>).)*?<strong>Report Fraud</strong> &lt;b&gt;now&lt;/b&gt;\\.";
    assertThat(r.body())
        .containsPattern("(?s)<h4>Microsoft Teams</h4>" + shown)
        .containsPattern("(?s)<h4>Telegram</h4>" + shown);
    assertThat(db.drafts().topic("report.fraud").orElseThrow().pending()).isFalse();
  }

  @Test
  void theRouteShowsEveryAnswerThatUsesIt() {
    String html = ada.get("/admin/routes/report-fraud").body();
    assertThat(html).contains("Answers that use this route (1)", "/admin/topics/report.fraud");
  }

  @Test
  void unknownItemsAreNotFoundPages() {
    Http.Response topic = ada.get("/admin/topics/no.such.topic");
    assertThat(topic.status()).isEqualTo(404);
    assertThat(topic.body()).contains("There is no topic no.such.topic.");
    assertThat(ada.get("/admin/routes/nowhere").status()).isEqualTo(404);
    assertThat(ada.get("/admin/topics?category=nonsense").status()).isEqualTo(400);
  }

  @Test
  void aZipWithOneTitleChangedUploadedOnTheReleasesPageDraftsExactlyThatTopic() {
    String csrf = ada.get("/admin/releases").csrf();
    Map<String, String> files = Zips.read(ContentZips.export(db, 1));
    Map<String, String> retitled =
        Zips.edit(
            files,
            "reporting.yaml",
            y -> y.replace("title: Reporting fraud and cyber crime", "title: Reporting scams"));
    byte[] zip = Zips.write(retitled);
    Http.Response noToken = ada.upload("/admin/import", "files", "release-1.zip", zip);
    assertThat(noToken.status()).isEqualTo(403);
    assertThat(db.drafts().pendingChanges()).isEmpty();

    try {
      Http.Response ok = ada.upload("/admin/import", "files", "release-1.zip", zip, "csrf", csrf);

      assertThat(ok.status()).isEqualTo(303);
      assertThat(ok.header("Location")).isEqualTo("/admin/changes");
      String changes = ada.get("/admin/changes").body();
      assertThat(changes)
          .contains("Imported release-1.zip: 1 item is now a draft: topic report.fraud (")
          .contains("<h2 id=\"drafts\">Drafts (1)</h2>")
          .contains("aria-label=\"topic report.fraud\"", "Reporting scams");
      assertThat(db.drafts().pendingChanges())
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.ref()).isEqualTo(ItemRef.topic("report.fraud"));
                assertThat(c.status()).isEqualTo(TopicStatus.DRAFT);
                assertThat(c.changedBy()).isEqualTo("ada");
              });
      assertThat(db.content().published().number()).isEqualTo(1);
      assertThat(db.content().published().topic("report.fraud").orElseThrow().title())
          .isEqualTo("Reporting fraud and cyber crime");

      // a broken file is refused naming file and line, and nothing more is drafted
      Map<String, String> badYaml =
          Zips.edit(
              retitled,
              "roles.yaml",
              y -> y.replace("title: The National Crime Agency", "title: The NCA: who they are"));
      Http.Response yaml =
          ada.upload("/admin/import", "files", "bad.zip", Zips.write(badYaml), "csrf", csrf);
      assertThat(yaml.status()).isEqualTo(422);
      assertThat(yaml.body())
          .contains("Nothing was imported")
          .contains(
              "roles.yaml:"
                  + Zips.lineOf(badYaml.get("roles.yaml"), "title: The NCA: who they are"));
      Map<String, String> unknownRoute =
          Zips.edit(
              Zips.edit(
                  retitled,
                  "roles.yaml",
                  y -> y.replace("title: The National Crime Agency", "title: The NCA")),
              "reporting.yaml",
              y -> y.replace("{route:report-fraud}.", "{route:nowhere}."));
      Http.Response route =
          ada.upload("/admin/import", "files", "route.zip", Zips.write(unknownRoute), "csrf", csrf);
      assertThat(route.status()).isEqualTo(422);
      assertThat(route.body())
          .contains("Nothing was imported")
          .contains(
              "reporting.yaml:"
                  + Zips.lineOf(unknownRoute.get("reporting.yaml"), "{route:nowhere}")
                  + ": topic report.fraud: ")
          .contains("unknown route 'nowhere'");
      assertThat(db.drafts().pendingChanges())
          .extracting(c -> c.ref().toString())
          .containsExactly("topic report.fraud");
      assertThat(db.drafts().topic("role.nca").orElseThrow().value().title())
          .isEqualTo("The National Crime Agency");

      Http.Response junk =
          ada.upload("/admin/import", "files", "junk.zip", new byte[] {1, 2, 3}, "csrf", csrf);
      assertThat(ada.get(junk.header("Location")).body())
          .contains("Not imported: the zip holds no content files");
    } finally {
      Pending.discardAll(db);
    }
  }

  @Test
  void aPublishThatNeedsAnUnapprovedRouteIsRefusedOnThePageWithEveryProblem() {
    Item<ReportingRoute> route =
        db.drafts()
            .saveRoute(
                SampleContent.route("crimestoppers")
                    .name("Crimestoppers")
                    .phone("0800 555 111")
                    .build(),
                0,
                "erin",
                "new route");
    Item<Topic> fraud = db.drafts().topic("report.fraud").orElseThrow();
    Topic t = fraud.value();
    List<Answer> answers = new ArrayList<>();
    t.answers()
        .forEach(
            a ->
                answers.add(
                    new Answer(
                        a.audience(),
                        a.jurisdiction(),
                        a.markup() + " Or tell {route:crimestoppers}.")));
    Item<Topic> saved =
        db.drafts()
            .saveTopic(
                new Topic(
                    t.id(),
                    t.title(),
                    t.category(),
                    t.examples(),
                    t.related(),
                    answers,
                    t.sources(),
                    t.owner(),
                    t.lastReviewed(),
                    t.reviewBy(),
                    t.status(),
                    t.version()),
                fraud.version(),
                "erin",
                "anonymous");
    Item<Object> submitted = db.drafts().submit(saved.ref(), saved.version(), "erin");
    db.drafts().approve(saved.ref(), submitted.version(), "arthur");
    Http arthur = server.signedIn("arthur");
    try {
      Http.Response r =
          arthur.form(
              "/admin/publish",
              "csrf",
              arthur.get("/admin/publish").csrf(),
              "action",
              "publish",
              "note",
              "anonymous");

      assertThat(r.status()).isEqualTo(422);
      String refused = r.body().substring(r.body().indexOf("id=\"refused\""));
      refused = refused.substring(0, refused.indexOf("</div>"));
      assertThat(refused)
          .contains("Not published", "Nothing was changed", "<li>Validation found 2 problems:</li>")
          .contains(
              "<li>topic report.fraud: answers[0].text: unknown route 'crimestoppers' in"
                  + " {route:crimestoppers}</li>",
              "<li>topic report.fraud: answers[1].text: unknown route 'crimestoppers' in"
                  + " {route:crimestoppers}</li>");
      assertThat(db.content().published().number()).isEqualTo(1);
      assertThat(ada.get("/admin/releases").body()).doesNotContain("Release 2");
      assertThat(db.drafts().topic("report.fraud").orElseThrow().status())
          .isEqualTo(TopicStatus.APPROVED);
      assertThat(db.drafts().route(route.value().id())).isPresent();
    } finally {
      Pending.discardAll(db);
    }
  }

  @Test
  void aQuestionTriedAgainstADraftWithANewExampleGoesToThatTopicWhileTheLiveOneDoesNot() {
    String question = "who keeps watch over the canal towpaths at night";
    Classification live = server.live().get().model().classify(question);
    assertThat(
            live.outOfScope()
                || live.needsClarification()
                || !live.ranking().get(0).intent().equals("role.nca"))
        .as("the live assistant does not send it to role.nca: %s", live)
        .isTrue();
    Item<Topic> nca = db.drafts().topic("role.nca").orElseThrow();
    Topic t = nca.value();
    List<String> form =
        new ArrayList<>(
            List.of(
                "csrf",
                ada.get("/admin/topics/role.nca/edit").csrf(),
                "action",
                "try",
                "version",
                Long.toString(nca.version()),
                "title",
                t.title(),
                "category",
                t.category().slug(),
                "owner",
                t.owner(),
                "lastReviewed",
                t.lastReviewed().toString(),
                "reviewBy",
                t.reviewBy().toString(),
                "examples",
                String.join("\n", t.examples()) + "\n" + question,
                "related",
                String.join(", ", t.related()),
                "question",
                question));
    for (int i = 0; i < t.answers().size(); i++) {
      Answer a = t.answers().get(i);
      form.addAll(
          List.of(
              "a" + i + ".audience",
              a.audience().name(),
              "a" + i + ".jurisdiction",
              a.jurisdiction() == null ? "" : a.jurisdiction().name(),
              "a" + i + ".markup",
              a.markup()));
    }
    for (int i = 0; i < t.sources().size(); i++) {
      Source s = t.sources().get(i);
      form.addAll(
          List.of(
              "s" + i + ".title", s.title(),
              "s" + i + ".locator", s.locator(),
              "s" + i + ".url", s.url(),
              "s" + i + ".publisher", s.publisher(),
              "s" + i + ".date", s.date()));
    }

    Http.Response tried = ada.form("/admin/topics/role.nca", form.toArray(String[]::new));

    assertThat(tried.status()).isEqualTo(200);
    assertThat(tried.body()).contains("Goes to <a href=\"/admin/topics/role.nca\">role.nca</a>");
    Http.Response working =
        ada.form("/admin/try", "csrf", ada.get("/admin/try").csrf(), "text", question);
    assertThat(working.body())
        .as("without the unsaved draft it goes elsewhere")
        .contains("attempt-heading")
        .doesNotContain("Goes to <a href=\"/admin/topics/role.nca\">");
    assertThat(db.drafts().topic("role.nca").orElseThrow().pending()).isFalse();
  }

  private static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> unlabelled(String html) {
    List<String> out = new ArrayList<>();
    Matcher m = FIELD.matcher(html);
    while (m.find()) {
      String attrs = m.group(2);
      Matcher type = TYPE.matcher(attrs);
      if (type.find() && (type.group(1).equals("hidden") || type.group(1).equals("submit"))) {
        continue;
      }
      Matcher id = ID.matcher(attrs);
      if (attrs.contains("aria-label=")) {
        continue;
      }
      if (!id.find() || !html.contains("for=\"" + id.group(1) + "\"")) {
        out.add(m.group());
      }
    }
    return out;
  }

  private static Set<String> duplicateIds(String html) {
    Set<String> seen = new HashSet<>();
    Set<String> dup = new HashSet<>();
    Matcher m = ID.matcher(html);
    while (m.find()) {
      if (!seen.add(m.group(1))) {
        dup.add(m.group(1));
      }
    }
    return dup;
  }
}
