package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.Pending;
import uk.socguide.app.admin.testing.WorkspaceServer;
import uk.socguide.app.admin.testing.Zips;
import uk.socguide.content.UnansweredQuestion;
import uk.socguide.content.store.Database;
import uk.socguide.content.testing.TestDatabases;

/** The JSON API with API tokens, as a council's script would use it. */
class WorkspaceApiIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Database db;
  private static WorkspaceServer server;
  private static Api erin;
  private static Api arthur;
  private static Api ada;

  /** A client that sends one user's API token. */
  record Api(Http http, String token) {
    Http.Response get(String path) {
      return http.get("/admin/api" + path, "Authorization", "Bearer " + token);
    }

    Http.Response send(String method, String path, String body) {
      return http.json(method, "/admin/api" + path, body, "Authorization", "Bearer " + token);
    }

    JsonNode ok(String method, String path, String body) {
      Http.Response r = method.equals("GET") ? get(path) : send(method, path, body);
      assertThat(r.status()).as(method + " " + path + ": " + r.body()).isBetween(200, 201);
      return read(r);
    }
  }

  @BeforeAll
  static void start() {
    db = TestDatabases.withSampleContent();
    server = new WorkspaceServer(db);
    erin = api("erin");
    arthur = api("arthur");
    ada = api("ada");
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  private static Api api(String name) {
    Http http = server.signedIn(name);
    String csrf = read(http.get("/admin/api/me")).get("csrfToken").asText();
    JsonNode issued =
        read(
            http.json(
                "POST",
                "/admin/api/tokens",
                "{\"label\":\"script\",\"days\":1}",
                "X-CSRF-Token",
                csrf));
    return new Api(server.client(), issued.get("token").asText());
  }

  private static JsonNode read(Http.Response r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(r.body(), e);
    }
  }

  @Test
  void topicsAreListedAndFilteredLikeThePage() {
    JsonNode all = erin.ok("GET", "/topics", null);
    assertThat(all.get("count").asInt()).isEqualTo(5);
    JsonNode roles = erin.ok("GET", "/topics?category=roles", null);
    assertThat(roles.get("topics"))
        .extracting(t -> t.get("id").asText())
        .containsExactly("role.nca");
    assertThat(erin.ok("GET", "/topics?q=scam", null).get("topics"))
        .extracting(t -> t.get("id").asText())
        .containsExactly("report.fraud");
    assertThat(erin.get("/topics?category=nope").status()).isEqualTo(400);
    assertThat(erin.get("/topics?status=nope").status()).isEqualTo(400);
    JsonNode fraud = erin.ok("GET", "/topics/report.fraud", null);
    assertThat(fraud.get("status").asText()).isEqualTo("published");
    assertThat(fraud.get("topic").get("category").asText()).isEqualTo("reporting");
    assertThat(fraud.get("topic").get("answers").get(1).get("jurisdiction").asText())
        .isEqualTo("scotland");
    assertThat(erin.get("/topics/no.such").status()).isEqualTo(404);
  }

  @Test
  void aSaveFromAStaleVersionIsAConflictNamingWhoChangedItAndWhen() {
    JsonNode nca = erin.ok("GET", "/topics/role.nca", null);
    long version = nca.get("version").asLong();
    ObjectNode topic = (ObjectNode) nca.get("topic");
    topic.put("owner", "partnerships");
    JsonNode saved =
        erin.ok(
            "PUT",
            "/topics/role.nca",
            "{\"topic\":" + topic + ",\"version\":" + version + ",\"reason\":\"owner\"}");
    assertThat(saved.get("status").asText()).isEqualTo("draft");
    topic.put("owner", "someone else");
    Http.Response stale =
        arthur.send(
            "PUT",
            "/topics/role.nca",
            "{\"topic\":" + topic + ",\"version\":" + version + ",\"reason\":\"x\"}");
    assertThat(stale.status()).isEqualTo(409);
    JsonNode body = read(stale);
    assertThat(body.get("changedBy").asText()).isEqualTo("erin");
    assertThat(body.get("error").asText()).contains("erin");
    erin.ok(
        "POST", "/workflow/topic/role.nca/discard", "{\"version\":" + saved.get("version") + "}");
  }

  @Test
  void invalidContentIsRefusedWithEveryProblemAndBadBodiesAreClientErrors() {
    JsonNode nca = erin.ok("GET", "/topics/role.nca", null);
    ObjectNode topic = (ObjectNode) nca.get("topic");
    topic.put("title", "");
    topic.putArray("related").add("no.such.topic");
    Http.Response r =
        erin.send(
            "PUT",
            "/topics/role.nca",
            "{\"topic\":" + topic + ",\"version\":" + nca.get("version") + "}");
    assertThat(r.status()).isEqualTo(422);
    List<String> fields = new ArrayList<>();
    read(r).get("problems").forEach(p -> fields.add(p.get("field").asText()));
    assertThat(fields).contains("title", "related[0]");
    assertThat(erin.send("PUT", "/topics/role.nca", "{not json").status()).isEqualTo(400);
    assertThat(
            erin.send("PUT", "/topics/role.nca", "{\"topic\":{},\"version\":1,\"extra\":true}")
                .status())
        .isEqualTo(400);
    assertThat(
            erin.send(
                    "PUT", "/topics/role.nca", "{\"topic\":{\"category\":\"nope\"},\"version\":1}")
                .status())
        .isEqualTo(400);
    Http.Response wrongType =
        erin.http()
            .json(
                "PUT",
                "/admin/api/topics/role.nca",
                null,
                "Authorization",
                "Bearer " + erin.token(),
                "Content-Type",
                "text/plain");
    assertThat(wrongType.status()).isEqualTo(415);
    assertThat(db.drafts().topic("role.nca").orElseThrow().pending()).isFalse();
  }

  @Test
  void aRoutesChangeListsEveryAnswerThatUsesIt() {
    JsonNode route = erin.ok("GET", "/routes/report-fraud", null);
    assertThat(route.get("usedBy"))
        .extracting(JsonNode::asText)
        .containsExactly("topic report.fraud");
    assertThat(route.get("route").get("urgency").asText()).isEqualTo("specialist");
  }

  private static HttpResponse<byte[]> exportLive() throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.base() + "/admin/api/export"))
                .header("Authorization", "Bearer " + erin.token())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  private static HttpResponse<String> importZip(byte[] zip) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(server.base() + "/admin/api/import"))
                .header("Authorization", "Bearer " + erin.token())
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static List<String> pendingChanges() {
    List<String> out = new ArrayList<>();
    erin.ok("GET", "/changes", null)
        .get("changes")
        .forEach(c -> out.add(c.get("kind").asText() + " " + c.get("id").asText()));
    return out;
  }

  @Test
  void anExportedReleaseWithOneTitleChangedImportsAsExactlyThatDraftAndNothingGoesLive()
      throws Exception {
    HttpResponse<byte[]> zip = exportLive();
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).contains("application/zip");
    Map<String, String> files = Zips.read(zip.body());
    assertThat(files).containsKeys("reporting.yaml", "routes.yaml", "must-answer.yaml");
    long live = erin.ok("GET", "/releases", null).get("live").asLong();
    assertThat(pendingChanges()).isEmpty();

    Map<String, String> retitled =
        Zips.edit(
            files,
            "reporting.yaml",
            y -> y.replace("title: Reporting fraud and cyber crime", "title: Reporting scams"));
    try {
      HttpResponse<String> imported = importZip(Zips.write(retitled));

      assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
      JsonNode result = JSON.readTree(imported.body());
      assertThat(result.get("drafted"))
          .extracting(JsonNode::asText)
          .containsExactly("topic report.fraud");
      assertThat(result.get("unchanged").asInt()).isGreaterThan(5);
      assertThat(pendingChanges()).containsExactly("topic report.fraud");
      JsonNode fraud = erin.ok("GET", "/topics/report.fraud", null);
      assertThat(fraud.get("status").asText()).isEqualTo("draft");
      assertThat(fraud.get("changedBy").asText()).isEqualTo("erin");
      assertThat(fraud.get("topic").get("title").asText()).isEqualTo("Reporting scams");
      assertThat(erin.ok("GET", "/releases", null).get("live").asLong()).isEqualTo(live);
      assertThat(Zips.read(exportLive().body()).get("reporting.yaml"))
          .as("the live release still has the old title")
          .contains("title: Reporting fraud and cyber crime")
          .doesNotContain("Reporting scams");

      // broken files are refused naming file and line, and nothing more is drafted
      Map<String, String> badYaml =
          Zips.edit(
              retitled,
              "roles.yaml",
              y -> y.replace("title: The National Crime Agency", "title: The NCA: who they are"));
      Http.Response brokenYaml =
          erin.send("POST", "/import", "{\"files\":" + JSON.writeValueAsString(badYaml) + "}");
      assertThat(brokenYaml.status()).as(brokenYaml.body()).isEqualTo(422);
      JsonNode yamlProblem = read(brokenYaml).get("problems").get(0);
      assertThat(yamlProblem.get("file").asText()).isEqualTo("roles.yaml");
      assertThat(yamlProblem.get("line").asInt())
          .isEqualTo(Zips.lineOf(badYaml.get("roles.yaml"), "title: The NCA: who they are"));

      Map<String, String> unknownRoute =
          Zips.edit(
              Zips.edit(
                  retitled,
                  "roles.yaml",
                  y -> y.replace("title: The National Crime Agency", "title: The NCA")),
              "reporting.yaml",
              y -> y.replace("{route:report-fraud}.", "{route:nowhere}."));
      HttpResponse<String> refused = importZip(Zips.write(unknownRoute));
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
      JsonNode routeProblem = JSON.readTree(refused.body()).get("problems").get(0);
      assertThat(routeProblem.get("file").asText()).isEqualTo("reporting.yaml");
      assertThat(routeProblem.get("line").asInt())
          .isEqualTo(Zips.lineOf(unknownRoute.get("reporting.yaml"), "{route:nowhere}"));
      assertThat(routeProblem.get("field").asText()).endsWith("answers[0].text");
      assertThat(routeProblem.get("message").asText()).contains("nowhere");
      assertThat(pendingChanges()).containsExactly("topic report.fraud");
      assertThat(erin.ok("GET", "/topics/role.nca", null).get("topic").get("title").asText())
          .isEqualTo("The National Crime Agency");
      assertThat(erin.send("POST", "/import", "{\"files\":{\"../etc/passwd\":\"x\"}}").status())
          .isEqualTo(400);
    } finally {
      Pending.discardAll(db);
    }
  }

  @Test
  void aPublishThatNeedsAnUnapprovedRouteIsRefusedWithEveryProblemAndTheLiveReleaseStays() {
    long live = arthur.ok("GET", "/releases", null).get("live").asLong();
    try {
      ObjectNode route = (ObjectNode) erin.ok("GET", "/routes/report-fraud", null).get("route");
      route.put("id", "crimestoppers").put("name", "Crimestoppers");
      route
          .putArray("jurisdictions")
          .add("england-and-wales")
          .add("scotland")
          .add("northern-ireland");
      route.putArray("doesNotTake");
      JsonNode newRoute =
          erin.ok(
              "PUT",
              "/routes/crimestoppers",
              "{\"route\":" + route + ",\"version\":0,\"reason\":\"new route\"}");
      assertThat(newRoute.get("status").asText()).isEqualTo("draft");
      JsonNode fraud = erin.ok("GET", "/topics/report.fraud", null);
      ObjectNode topic = (ObjectNode) fraud.get("topic");
      for (JsonNode answer : topic.get("answers")) {
        ((ObjectNode) answer)
            .put("text", answer.get("text").asText().strip() + " Or tell {route:crimestoppers}.");
      }
      JsonNode saved =
          erin.ok(
              "PUT",
              "/topics/report.fraud",
              "{\"topic\":"
                  + topic
                  + ",\"version\":"
                  + fraud.get("version")
                  + ",\"reason\":\"anonymous\"}");
      JsonNode submitted =
          erin.ok(
              "POST",
              "/workflow/topic/report.fraud/submit",
              "{\"version\":" + saved.get("version") + "}");
      JsonNode approved =
          arthur.ok(
              "POST",
              "/workflow/topic/report.fraud/approve",
              "{\"version\":" + submitted.get("version") + "}");
      assertThat(approved.get("status").asText()).isEqualTo("approved");

      Http.Response refused = arthur.send("POST", "/publish", "{\"note\":\"anonymous\"}");

      assertThat(refused.status()).as(refused.body()).isEqualTo(422);
      JsonNode body = read(refused);
      assertThat(body.get("published").asBoolean()).isFalse();
      List<String> problems = new ArrayList<>();
      body.get("problems")
          .forEach(
              p ->
                  problems.add(
                      p.get("item").asText()
                          + " "
                          + p.get("field").asText()
                          + ": "
                          + p.get("message").asText()));
      assertThat(problems)
          .containsExactlyInAnyOrder(
              "topic report.fraud answers[0].text: unknown route 'crimestoppers' in"
                  + " {route:crimestoppers}",
              "topic report.fraud answers[1].text: unknown route 'crimestoppers' in"
                  + " {route:crimestoppers}");
      assertThat(body.get("reasons"))
          .extracting(JsonNode::asText)
          .startsWith("Validation found 2 problems:")
          .hasSize(3);
      assertThat(body.get("error").asText()).contains("unknown route 'crimestoppers'");
      assertThat(body.get("evaluation").isNull()).isTrue();
      assertThat(arthur.ok("GET", "/releases", null).get("live").asLong()).isEqualTo(live);
      assertThat(
              db.content()
                  .published()
                  .topic("report.fraud")
                  .orElseThrow()
                  .answers()
                  .get(0)
                  .markup())
          .doesNotContain("crimestoppers");
      assertThat(erin.ok("GET", "/topics/report.fraud", null).get("status").asText())
          .isEqualTo("approved");
      assertThat(arthur.ok("GET", "/publish", null).get("problems")).hasSize(2);

      erin.ok(
          "POST",
          "/workflow/topic/report.fraud/discard",
          "{\"version\":" + approved.get("version") + "}");
      erin.ok(
          "POST",
          "/workflow/route/crimestoppers/discard",
          "{\"version\":" + newRoute.get("version") + "}");
      assertThat(pendingChanges()).isEmpty();
    } finally {
      Pending.discardAll(db);
    }
  }

  @Test
  void theInboxGroupsQuestionsAndTurnsOneIntoADraftExample() {
    for (String q :
        List.of(
            "how do i report a rogue trader",
            "How do I report a rogue trader?",
            "report rogue trader")) {
      db.inbox().recordUnanswered(new UnansweredQuestion(q, "web", "report.fraud", 0.2, null));
    }
    JsonNode groups = erin.ok("GET", "/inbox", null).get("groups");
    JsonNode group = groups.get(0);
    assertThat(group.get("count").asInt()).isGreaterThanOrEqualTo(2);
    List<Long> ids = new ArrayList<>();
    group.get("questionIds").forEach(i -> ids.add(i.asLong()));
    JsonNode topic =
        erin.ok(
            "POST",
            "/inbox/add-example",
            "{\"ids\":"
                + ids
                + ",\"question\":\"how do i report a rogue trader\",\"topic\":\"report.fraud\"}");
    assertThat(topic.get("status").asText()).isEqualTo("draft");
    assertThat(topic.get("topic").get("examples").toString())
        .contains("how do i report a rogue trader");
    assertThat(
            erin.ok("GET", "/audit?action=add-example", null)
                .get("entries")
                .get(0)
                .get("actor")
                .asText())
        .isEqualTo("erin");
    erin.ok(
        "POST",
        "/workflow/topic/report.fraud/discard",
        "{\"version\":" + topic.get("version") + "}");
  }

  @Test
  void adminsManageUsersAndTheAuditLogRecordsIt() {
    JsonNode added =
        ada.ok(
            "POST",
            "/users",
            "{\"name\":\"Dana\",\"role\":\"editor\",\"password\":\"long enough password\"}");
    assertThat(added.get("name").asText()).isEqualTo("dana");
    assertThat(
            ada.send(
                    "POST",
                    "/users",
                    "{\"name\":\"dana\",\"role\":\"editor\",\"password\":\"long enough password\"}")
                .status())
        .isEqualTo(400);
    JsonNode changed = ada.ok("PATCH", "/users/dana", "{\"role\":\"approver\",\"enabled\":false}");
    assertThat(changed.get("role").asText()).isEqualTo("approver");
    assertThat(changed.get("enabled").asBoolean()).isFalse();
    JsonNode log = ada.ok("GET", "/audit?kind=user&object=dana", null).get("entries");
    assertThat(log)
        .extracting(e -> e.get("action").asText())
        .containsExactly("user-disable", "user-role", "user-add");
    assertThat(log.toString()).doesNotContain("long enough password");
    assertThat(ada.get("/audit?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void aRevokedTokenStopsWorking() {
    Api temp = api("erin");
    JsonNode tokens = temp.ok("GET", "/tokens", null).get("tokens");
    long id = tokens.get(0).get("id").asLong();
    temp.ok("POST", "/tokens/" + id + "/revoke", "{}");
    assertThat(temp.get("/topics").status()).isEqualTo(401);
  }
}
