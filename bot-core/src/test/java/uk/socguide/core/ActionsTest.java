package uk.socguide.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActionsTest {

  @Test
  void aDeepLinkPayloadOpensTheTopicItWasMadeFor() {
    String payload = Actions.startPayload("report.child-exploitation-online");
    assertThat(payload).isEqualTo("report_child-exploitation-online").matches("[A-Za-z0-9_-]+");
    assertThat(Actions.fromStartPayload(payload))
        .hasValue(Actions.topic("report.child-exploitation-online"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Report_fraud", "report.fraud", "a b", "<script>"})
  void aPayloadThatNamesNoTopicOpensNothing(String payload) {
    assertThat(Actions.fromStartPayload(payload)).isEmpty();
  }

  @Test
  void aPayloadOver64CharactersOpensNothing() {
    assertThat(Actions.fromStartPayload("a".repeat(65))).isEmpty();
    assertThat(Actions.fromStartPayload(null)).isEmpty();
  }
}
