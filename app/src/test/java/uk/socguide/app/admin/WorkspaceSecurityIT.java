package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;

/**
 * The workspace's defences, over HTTP on a real server: sign-in required, roles, CSRF tokens, four
 * eyes, escaping of whatever is typed, lockout after failed sign-ins, and its cookies.
 */
class WorkspaceSecurityIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SCRIPT = "<script>alert('x')</script>";
  private static final String IMG = "<img src=x onerror=alert(1)>";

  private static Database db;
  private static WorkspaceServer server;

  @BeforeAll
  static void start() {
    db = TestDatabases.withSampleContent();
    server = new WorkspaceServer(db);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  @Test
  void pagesWithoutASessionSendToTheSignInPageAndComeBackAfterwards() {
    Http anonymous = server.client();
    for (String page :
        List.of(
            "/admin",
            "/admin/topics?q=fraud",
            "/admin/users",
            "/admin/topics/report.fraud/edit",
            "/admin/audit")) {
      Http.Response r = anonymous.get(page);
      assertThat(r.status()).as(page).isEqualTo(303);
      assertThat(r.header("Location")).as(page).startsWith("/admin/login?next=");
    }
    Http.Response post = anonymous.form("/admin/publish", "action", "publish");
    assertThat(post.status()).isEqualTo(303);
    assertThat(post.header("Location")).isEqualTo("/admin/login");

    Http http = server.client();
    Http.Response form = http.get("/admin/login?next=%2Fadmin%2Ftopics%3Fq%3Dfraud");
    Http.Response in =
        http.form(
            "/admin/login",
            "csrf",
            form.csrf(),
            "name",
            "erin",
            "password",
            WorkspaceServer.PASSWORD,
            "next",
            "/admin/topics?q=fraud");
    assertThat(in.status()).isEqualTo(303);
    assertThat(in.header("Location")).isEqualTo("/admin/topics?q=fraud");
  }

  @Test
  void signingInNeverRedirectsAwayFromTheWorkspace() {
    for (String next :
        List.of(
            "https://evil.example/",
            "//evil.example/admin",
            "/admin/../x",
            "javascript:alert(1)")) {
      Http http = server.client();
      Http.Response form = http.get("/admin/login");
      Http.Response in =
          http.form(
              "/admin/login",
              "csrf",
              form.csrf(),
              "name",
              "erin",
              "password",
              WorkspaceServer.PASSWORD,
              "next",
              next);
      assertThat(in.header("Location")).as(next).isEqualTo("/admin");
    }
  }

  @Test
  void everyApiCallInTheOpenApiDocumentNeedsASessionOrToken() throws Exception {
    Http anonymous = server.client();
    Http.Response doc = anonymous.get("/admin/api/openapi.json");
    assertThat(doc.status()).isEqualTo(200);
    JsonNode paths = JSON.readTree(doc.body()).get("paths");
    List<String> checked = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      String concrete =
          "/admin/api"
              + path.getKey()
                  .replace("{kind}", "topic")
                  .replace("{id}", "report.fraud")
                  .replace("{step}", "submit")
                  .replace("{number}", "1")
                  .replace("{name}", "erin");
      for (String method : List.of("get", "post", "put", "patch")) {
        if (path.getValue().has(method)) {
          Http.Response r =
              anonymous.json(method.toUpperCase(), concrete, method.equals("get") ? null : "{}");
          assertThat(r.status()).as(method + " " + concrete).isEqualTo(401);
          assertThat(r.header("WWW-Authenticate")).startsWith("Bearer");
          assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(401);
          checked.add(method + " " + path.getKey());
        }
      }
    }
    assertThat(checked).hasSizeGreaterThan(30);
  }

  @Test
  void theWrongRoleIsForbiddenOnPagesAndInTheApi() throws Exception {
    Http erin = server.signedIn("erin");
    Http.Response users = erin.get("/admin/users");
    assertThat(users.status()).isEqualTo(403);
    assertThat(users.body()).contains("This needs the admin role; you are an editor.");
    String csrf = erin.get("/admin").csrf();
    assertThat(erin.form("/admin/publish", "csrf", csrf, "action", "publish").status())
        .isEqualTo(403);
    assertThat(erin.form("/admin/releases/1/restore", "csrf", csrf).status()).isEqualTo(403);
    assertThat(
            erin.form(
                    "/admin/users",
                    "csrf",
                    csrf,
                    "name",
                    "eve",
                    "role",
                    "admin",
                    "password",
                    "x",
                    "confirm",
                    "x")
                .status())
        .isEqualTo(403);
    assertThat(server.users().find("eve")).isEmpty();

    String token = issueToken(erin, csrf);
    Http api = server.client();
    assertThat(api.get("/admin/api/users", "Authorization", "Bearer " + token).status())
        .isEqualTo(403);
    assertThat(
            api.json("POST", "/admin/api/publish", "{}", "Authorization", "Bearer " + token)
                .status())
        .isEqualTo(403);
    assertThat(api.get("/admin/api/topics", "Authorization", "Bearer " + token).status())
        .isEqualTo(200);

    Http arthur = server.signedIn("arthur");
    assertThat(arthur.get("/admin/users").status()).isEqualTo(403);
    assertThat(server.signedIn("ada").get("/admin/users").status()).isEqualTo(200);
  }

  @Test
  void stateChangingRequestsWithoutTheSessionsCsrfTokenAreForbidden() {
    Http erin = server.signedIn("erin");
    Http.Response none = erin.form("/admin/workflow/topic/report.fraud/discard", "version", "1");
    assertThat(none.status()).isEqualTo(403);
    assertThat(none.body()).contains("This form had expired or did not come from the workspace.");
    assertThat(
            erin.form(
                    "/admin/workflow/topic/report.fraud/discard", "csrf", "forged", "version", "1")
                .status())
        .isEqualTo(403);
    Http arthur = server.signedIn("arthur");
    String arthursToken = arthur.get("/admin").csrf();
    assertThat(erin.form("/admin/account/tokens", "csrf", arthursToken, "label", "x").status())
        .isEqualTo(403);

    String body = "{\"version\":1}";
    assertThat(erin.json("POST", "/admin/api/workflow/topic/report.fraud/submit", body).status())
        .isEqualTo(403);
    String csrf = meCsrf(erin);
    assertThat(
            erin.json(
                    "POST",
                    "/admin/api/workflow/topic/report.fraud/submit",
                    body,
                    "X-CSRF-Token",
                    csrf)
                .status())
        .isEqualTo(409); // let through: the topic has no draft to submit
  }

  @Test
  void nobodyApprovesTheirOwnChange() throws Exception {
    Http arthur = server.signedIn("arthur");
    String csrf = meCsrf(arthur);
    Http.Response topic = arthur.get("/admin/api/topics/role.nca");
    JsonNode item = JSON.readTree(topic.body());
    ((com.fasterxml.jackson.databind.node.ObjectNode) item.get("topic"))
        .put("title", "The National Crime Agency (NCA)");
    String save =
        "{\"topic\":"
            + item.get("topic")
            + ",\"version\":"
            + item.get("version")
            + ",\"reason\":\"clearer title\"}";
    Http.Response saved =
        arthur.json("PUT", "/admin/api/topics/role.nca", save, "X-CSRF-Token", csrf);
    assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    long version = JSON.readTree(saved.body()).get("version").asLong();
    Http.Response submitted =
        arthur.json(
            "POST",
            "/admin/api/workflow/topic/role.nca/submit",
            "{\"version\":" + version + "}",
            "X-CSRF-Token",
            csrf);
    version = JSON.readTree(submitted.body()).get("version").asLong();

    Http.Response own =
        arthur.json(
            "POST",
            "/admin/api/workflow/topic/role.nca/approve",
            "{\"version\":" + version + "}",
            "X-CSRF-Token",
            csrf);
    assertThat(own.status()).isEqualTo(409);
    assertThat(JSON.readTree(own.body()).get("error").asText())
        .contains(
            "arthur wrote part of this change to topic role.nca, so someone else must approve it");

    Http.Response page =
        arthur.form(
            "/admin/workflow/topic/role.nca/approve",
            "csrf",
            arthur.get("/admin").csrf(),
            "version",
            Long.toString(version));
    assertThat(page.status()).isEqualTo(303);
    assertThat(arthur.get(page.header("Location")).body())
        .contains(
            "arthur wrote part of this change to topic role.nca, so someone else must approve it");
    assertThat(db.drafts().topic("role.nca").orElseThrow().status().name()).isEqualTo("IN_REVIEW");

    Http ada = server.signedIn("ada");
    Http.Response other =
        ada.json(
            "POST",
            "/admin/api/workflow/topic/role.nca/approve",
            "{\"version\":" + version + "}",
            "X-CSRF-Token",
            meCsrf(ada));
    assertThat(other.status()).isEqualTo(200);
    ada.json(
        "POST",
        "/admin/api/workflow/topic/role.nca/discard",
        "{\"version\":" + JSON.readTree(other.body()).get("version") + "}",
        "X-CSRF-Token",
        meCsrf(ada));
  }

  @Test
  void scriptAndHtmlTypedIntoAnyFieldAreShownAsText() {
    Http erin = server.signedIn("erin");
    String csrf = erin.get("/admin").csrf();
    Http.Response saved =
        erin.form(
            "/admin/topics",
            "csrf",
            csrf,
            "id",
            "test.escaping",
            "title",
            "Title " + SCRIPT,
            "category",
            "facts",
            "a0.audience",
            "DEFAULT",
            "a0.jurisdiction",
            "",
            "a0.markup",
            "Answer " + IMG,
            "examples",
            "example " + SCRIPT,
            "related",
            "",
            "s0.title",
            "Source " + IMG,
            "s0.url",
            "https://example.org/a?b=1&c=2",
            "owner",
            "owner " + SCRIPT,
            "lastReviewed",
            "2026-06-01",
            "reviewBy",
            "2027-06-01",
            "reason",
            "why " + SCRIPT,
            "action",
            "save");
    assertThat(saved.status()).as(saved.body()).isEqualTo(303);
    db.inbox().recordUnanswered(new UnansweredQuestion("asked " + SCRIPT, "web", null, 0.1, null));
    erin.form("/admin/account/tokens", "csrf", csrf, "label", "label " + IMG, "days", "30");

    for (String page :
        List.of(
            "/admin/topics/test.escaping",
            "/admin/topics?q=escaping",
            "/admin/topics/test.escaping/edit",
            "/admin/changes",
            "/admin/inbox",
            "/admin/audit",
            "/admin/account",
            "/admin")) {
      String body = erin.get(page).body();
      assertThat(body).as(page).doesNotContain(SCRIPT, IMG, "href=\"javascript:");
      assertThat(body).as(page).containsAnyOf("&lt;script&gt;", "&lt;img");
    }
  }

  @Test
  void repeatedFailedSignInsLockTheAccount() {
    server
        .users()
        .add("lockme", uk.socguide.app.admin.users.Role.EDITOR, WorkspaceServer.PASSWORD, "test");
    Http.Response last = null;
    for (int i = 0; i < 5; i++) {
      Http http = server.client();
      last = http.signIn("lockme", "wrong password " + i);
    }
    assertThat(last.status()).isEqualTo(429);
    assertThat(last.body()).contains("Too many failed sign-ins: this account is locked until");
    Http right = server.client();
    Http.Response refused = right.signIn("lockme", WorkspaceServer.PASSWORD);
    assertThat(refused.status()).isEqualTo(429);
    assertThat(right.get("/admin").status()).isEqualTo(303);
  }

  @Test
  void theSignInFormRefusesAPostThatDidNotComeFromIt() {
    Http http = server.client();
    Http.Response r =
        http.form(
            "/admin/login",
            "csrf",
            "made-up",
            "name",
            "erin",
            "password",
            WorkspaceServer.PASSWORD);
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.body()).contains("The sign-in form had expired");
  }

  @Test
  void sessionCookiesAreSecureHttpOnlyAndStrictAndSigningOutEndsTheSession() {
    Http http = server.client();
    Http.Response form = http.get("/admin/login");
    assertThat(form.all("Set-Cookie"))
        .singleElement()
        .asString()
        .startsWith("__Host-soc-guide-login=")
        .contains("Path=/", "HttpOnly", "SameSite=Strict", "Secure");
    Http.Response in =
        http.form(
            "/admin/login",
            "csrf",
            form.csrf(),
            "name",
            "erin",
            "password",
            WorkspaceServer.PASSWORD);
    assertThat(in.all("Set-Cookie"))
        .anySatisfy(
            c ->
                assertThat(c)
                    .startsWith("__Host-soc-guide-session=")
                    .contains("Path=/", "HttpOnly", "SameSite=Strict", "Secure")
                    .doesNotContain("Max-Age", "Domain"));
    assertThat(in.header("Cache-Control")).isEqualTo("no-store");
    String session = http.cookies().get("__Host-soc-guide-session");
    String csrf = http.get("/admin").csrf();
    assertThat(http.form("/admin/logout", "csrf", csrf).header("Location"))
        .isEqualTo("/admin/login?signedOut=1");
    Http stale = server.client();
    stale.cookies().put("__Host-soc-guide-session", session);
    assertThat(stale.get("/admin").status()).isEqualTo(303);
  }

  private static String meCsrf(Http http) {
    try {
      return JSON.readTree(http.get("/admin/api/me").body()).get("csrfToken").asText();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static String issueToken(Http http, String csrf) {
    Http.Response r =
        http.form("/admin/account/tokens", "csrf", csrf, "label", "test", "days", "30");
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("id=\"new-token\">(sgt_[A-Za-z0-9_-]+)<").matcher(r.body());
    assertThat(m.find()).as(r.body()).isTrue();
    return m.group(1);
  }
}
