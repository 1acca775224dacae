package uk.socguide.core.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.socguide.core.Actions;
import uk.socguide.core.Audience;

class ActionTest {

  @Test
  void everyValueActionsBuildsIsUnderstood() {
    assertThat(Action.parse(Actions.topic("report.fraud")))
        .hasValue(new Action.OpenTopic("report.fraud"));
    assertThat(Action.parse(Actions.feedback("role.nca", true)))
        .hasValue(new Action.Feedback("role.nca", true));
    assertThat(Action.parse(Actions.feedback("role.nca", false)))
        .hasValue(new Action.Feedback("role.nca", false));
    assertThat(Action.parse(Actions.audience(Audience.COUNCILLOR)))
        .hasValue(new Action.ChooseAudience(Audience.COUNCILLOR));
    assertThat(Action.parse(Actions.audience(Audience.FRONTLINE)))
        .hasValue(new Action.ChooseAudience(Audience.FRONTLINE));
    assertThat(Action.parse(Actions.reportMenu())).hasValue(new Action.ReportMenu());
    assertThat(Action.parse(Actions.help())).hasValue(new Action.Help());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "#topic:",
        "#topic:Report.Fraud",
        "#topic:../x",
        "#topic:a b",
        "#feedback:maybe:x",
        "#audience:mayor",
        "#menu:other",
        "#helpme",
        "help",
        "topic:report.fraud",
      })
  void anythingElseIsOrdinaryText(String text) {
    assertThat(Action.parse(text)).isEmpty();
  }
}
