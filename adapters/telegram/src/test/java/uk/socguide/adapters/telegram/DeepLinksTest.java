package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeepLinksTest {

  @ParameterizedTest
  @CsvSource({
    "report_fraud, report.fraud",
    "role_report-fraud, role.report-fraud",
    "report_child-exploitation-online, report.child-exploitation-online",
    "nca_when-launched, nca.when-launched"
  })
  void payloadsMapToTopicIdsAndBack(String payload, String topic) {
    assertThat(DeepLinks.topicId(payload)).contains(topic);
    assertThat(DeepLinks.payload(topic)).isEqualTo(payload);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Report_Fraud",
        "report fraud",
        "report.fraud",
        "_report",
        "a/../b",
        "%3Cscript%3E",
        "x12345678901234567890123456789012345678901234567890123456789012345"
      })
  void anythingElseIsRefusedRatherThanGuessed(String payload) {
    assertThat(DeepLinks.topicId(payload)).isEmpty();
  }

  @Test
  void aLinkOpensTheTopicInAChatWithTheBot() {
    assertThat(DeepLinks.link("SocGuideBot", "report.fraud"))
        .isEqualTo("https://t.me/SocGuideBot?start=report_fraud");
    assertThatThrownBy(() -> DeepLinks.payload("Not A Topic"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
