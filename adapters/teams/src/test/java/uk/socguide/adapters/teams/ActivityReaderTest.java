package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityReaderTest {
  private final ActivityReader reader = new ActivityReader();

  private ParsedRequest read(String json) {
    return reader.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "personal-message",
        "channel-mention",
        "group-chat-message",
        "conversation-update-personal",
        "conversation-update-personal-install",
        "installation-update-personal",
        "conversation-update-team-install",
        "conversation-update-team-members",
        "invoke-feedback",
        "invoke-unhandled",
        "message-card-submit",
        "message-reaction",
        "emulator-conversation-update"
      })
  void everyTeamsFixtureIsRead(String name) {
    ParsedRequest parsed =
        read(
            Fixtures.activity(
                name,
                "https://smba.example/teams/",
                Map.of("feedbackValue", "x", "conversationId", "a:1x", "action", "add")));
    assertThat(parsed.isOk()).as(String.valueOf(parsed.problem())).isTrue();
    assertThat(parsed.activity().getTimestamp()).isNotNull();
  }

  @Test
  void timestampsWithoutFractionalSecondsAreRead() {
    ParsedRequest parsed =
        read(
            Fixtures.withField(
                Fixtures.activity("personal-message", "https://s.example/"),
                "timestamp",
                "2025-03-04T10:15:30Z"));
    assertThat(parsed.activity().getTimestamp())
        .isEqualTo(OffsetDateTime.of(2025, 3, 4, 10, 15, 30, 0, ZoneOffset.UTC));
  }

  @Test
  void sevenDigitFractionsKeepTheirValue() {
    ParsedRequest parsed = read(Fixtures.activity("personal-message", "https://s.example/"));
    assertThat(parsed.activity().getTimestamp().getNano()).isEqualTo(123_456_700);
    assertThat(parsed.activity().getLocalTimestamp().getNano()).isEqualTo(123_456_700);
  }

  @Test
  void refusalsSayWhy() {
    assertThat(read("{").problem()).contains("JSON");
    assertThat(read("{\"type\":\"message\",\"channelId\":\"msteams\"}").problem())
        .contains("conversation.id");
    assertThat(read("{\"type\":7}").problem()).contains("type");
    assertThat(
            read(Fixtures.withField(
                    Fixtures.activity("personal-message", "https://s.example/"),
                    "timestamp",
                    "2025-13-45"))
                .problem())
        .contains("timestamp");
  }
}
