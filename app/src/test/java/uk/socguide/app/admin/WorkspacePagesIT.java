package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;

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
  void aZipOfContentFilesUploadedOnTheReleasesPageBecomesDrafts() {
    String csrf = ada.get("/admin/releases").csrf();
    byte[] zip = uk.socguide.app.admin.files.ContentZips.export(db, 1);
    Http.Response noToken = ada.upload("/admin/import", "files", "release-1.zip", zip);
    assertThat(noToken.status()).isEqualTo(403);
    Http.Response ok = ada.upload("/admin/import", "files", "release-1.zip", zip, "csrf", csrf);
    assertThat(ok.status()).isEqualTo(303);
    assertThat(ok.header("Location")).isEqualTo("/admin/changes");
    assertThat(ada.get("/admin/changes").body())
        .contains("Imported release-1.zip: 0 items are now drafts");
    Http.Response junk =
        ada.upload("/admin/import", "files", "junk.zip", new byte[] {1, 2, 3}, "csrf", csrf);
    assertThat(ada.get(junk.header("Location")).body())
        .contains("Not imported: the zip holds no content files");
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
