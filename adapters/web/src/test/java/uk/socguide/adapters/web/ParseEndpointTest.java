package uk.socguide.adapters.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.socguide.core.EntityRef;
import uk.socguide.core.channel.HttpRequest;
import uk.socguide.core.channel.HttpResponse;

class ParseEndpointTest {
  private final List<String> asked = new ArrayList<>();

  private HttpResponse parse(ParseResult result, String json) {
    ParseEndpoint endpoint =
        new ParseEndpoint(
            text -> {
              asked.add(text);
              return result;
            });
    return endpoint.handle(
        new HttpRequest(
            "POST",
            "/api/parse",
            Map.of("content-type", "application/json"),
            json.getBytes(StandardCharsets.UTF_8),
            "127.0.0.1"));
  }

  @Test
  void theRankingIsCappedAndTheTopIntentNamed() throws Exception {
    List<ParseResult.Ranked> ranking =
        IntStream.range(0, 15)
            .mapToObj(i -> new ParseResult.Ranked("t" + i, 1.0 / (i + 2)))
            .toList();

    HttpResponse response =
        parse(
            new ParseResult(ranking, List.of(new EntityRef("agency", "nca")), false, true),
            "{\"text\":\"what is the nca\"}");

    assertThat(response.status()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(response.body());
    assertThat(json.get("intent").asText()).isEqualTo("t0");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.5);
    assertThat(json.get("needsClarification").asBoolean()).isTrue();
    assertThat(json.get("ranking")).hasSize(10);
    assertThat(json.get("entities").get(0).get("value").asText()).isEqualTo("nca");
    assertThat(asked).containsExactly("what is the nca");
  }

  @Test
  void outOfScopeNamesNoIntent() throws Exception {
    HttpResponse response =
        parse(
            new ParseResult(
                List.of(new ParseResult.Ranked("oos.bins", 0.8)), List.of(), true, false),
            "{\"text\":\"when are my bins collected\"}");

    JsonNode json = new ObjectMapper().readTree(response.body());
    assertThat(json.get("intent").isNull()).isTrue();
    assertThat(json.get("outOfScope").asBoolean()).isTrue();
  }

  @Test
  void badRequestsNeverReachTheParser() {
    ParseResult none = new ParseResult(List.of(), List.of(), true, false);

    assertThat(parse(none, "{}").status()).isEqualTo(400);
    assertThat(parse(none, "nope").status()).isEqualTo(400);
    assertThat(parse(none, "{\"text\":\"" + "x".repeat(2001) + "\"}").status()).isEqualTo(413);
    assertThat(asked).isEmpty();
  }
}
