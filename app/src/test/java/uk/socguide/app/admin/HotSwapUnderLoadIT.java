package uk.socguide.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.app.admin.testing.Http;
import uk.socguide.app.admin.testing.LiveApp;

/**
 * Publishing while readers are asking: a load driver sends questions to {@code /api/chat}
 * continuously from several conversations; meanwhile an editor's change goes through review and is
 * published through the API. Every request gets a complete answer, from the old release or the new
 * one and never a mix; none fails; every question asked after the publish returned gets the new
 * answer.
 */
class HotSwapUnderLoadIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OLD = "It replaced Action Fraud on 4 December 2025";
  private static final String NEW = "Report Fraud's phone line is now open around the clock.";
  private static final int THREADS = 4;

  private static LiveApp app;

  @BeforeAll
  static void start() {
    app = LiveApp.startWithDefaultFloorsLoweredTo(0.0);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  record Answer(long started, long ended, int status, String text) {}

  @Test
  void everyQuestionAskedDuringAPublishGetsAWholeAnswerFromOneReleaseOrTheOther() throws Exception {
    String editor = app.token("erin");
    String approver = app.token("arthur");
    Http api = new Http(app.base());
    ObjectNode topic =
        (ObjectNode)
            JSON.readTree(
                api.get("/admin/api/topics/report.fraud", "Authorization", "Bearer " + editor)
                    .body());
    ObjectNode content = (ObjectNode) topic.get("topic");
    ObjectNode first = (ObjectNode) content.get("answers").get(0);
    String oldText = first.get("text").asText();
    String newText = oldText.replaceFirst(Pattern.quote(OLD) + "[^.]*\\.", NEW);
    assertThat(newText)
        .as("the seed's Report Fraud answer has the sentence replaced")
        .isNotEqualTo(oldText);
    first.put("text", newText);
    String save =
        "{\"topic\":" + content + ",\"version\":" + topic.get("version") + ",\"reason\":\"hours\"}";
    JsonNode saved =
        JSON.readTree(
            api.json(
                    "PUT",
                    "/admin/api/topics/report.fraud",
                    save,
                    "Authorization",
                    "Bearer " + editor)
                .body());
    JsonNode submitted =
        JSON.readTree(
            api.json(
                    "POST",
                    "/admin/api/workflow/topic/report.fraud/submit",
                    "{\"version\":" + saved.get("version") + "}",
                    "Authorization",
                    "Bearer " + editor)
                .body());
    Http.Response approved =
        api.json(
            "POST",
            "/admin/api/workflow/topic/report.fraud/approve",
            "{\"version\":" + submitted.get("version") + "}",
            "Authorization",
            "Bearer " + approver);
    assertThat(approved.status()).as(approved.body()).isEqualTo(200);

    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong failures = new AtomicLong();
    ExecutorService load = Executors.newFixedThreadPool(THREADS);
    CountDownLatch warmedUp = new CountDownLatch(THREADS);
    for (int t = 0; t < THREADS; t++) {
      String conversation = "load-" + t;
      load.submit(
          () -> {
            int n = 0;
            while (running.get()) {
              long started = System.nanoTime();
              try {
                HttpResponse<String> r =
                    client.send(
                        HttpRequest.newBuilder(URI.create(app.base() + "/api/chat"))
                            .header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(30))
                            .POST(
                                HttpRequest.BodyPublishers.ofString(
                                    "{\"conversationId\":\""
                                        + conversation
                                        + "-"
                                        + (n++)
                                        + "\",\"text\":\"How do I report fraud?\"}"))
                            .build(),
                        HttpResponse.BodyHandlers.ofString());
                answers.add(new Answer(started, System.nanoTime(), r.statusCode(), r.body()));
              } catch (Exception e) {
                failures.incrementAndGet();
              }
              if (n == 3) {
                warmedUp.countDown();
              }
            }
            return null;
          });
    }
    assertThat(warmedUp.await(60, TimeUnit.SECONDS)).isTrue();
    long publishStarted = System.nanoTime();
    Http.Response published =
        api.json(
            "POST",
            "/admin/api/publish",
            "{\"note\":\"under load\"}",
            "Authorization",
            "Bearer " + approver);
    long publishEnded = System.nanoTime();
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
    while (System.nanoTime() < until) {
      Thread.sleep(50);
    }
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(failures.get()).isZero();
    List<Answer> all = new ArrayList<>(answers);
    int old = 0;
    int fresh = 0;
    for (Answer a : all) {
      assertThat(a.status()).as(a.text()).isEqualTo(200);
      JsonNode body = JSON.readTree(a.text());
      assertThat(body.get("intent").asText()).isEqualTo("report.fraud");
      String text = body.get("replies").toString();
      boolean isOld = text.contains(OLD);
      boolean isNew = text.contains(NEW);
      assertThat(isOld ^ isNew).as("exactly one release's answer: " + text).isTrue();
      if (a.started() > publishEnded) {
        assertThat(isNew).as("asked after the publish returned").isTrue();
      }
      if (a.ended() < publishStarted) {
        assertThat(isOld).as("answered before the publish began").isTrue();
      }
      old += isOld ? 1 : 0;
      fresh += isNew ? 1 : 0;
    }
    assertThat(old).isPositive();
    assertThat(fresh).isPositive();
    System.out.printf(
        "hot swap under load: %d answers (%d old, %d new) from %d conversations, publish took %d ms%n",
        all.size(), old, fresh, THREADS, (publishEnded - publishStarted) / 1_000_000);
  }
}
