package uk.socguide.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerChoiceTest {
  private static final Answer EVERYONE = new Answer(Audience.DEFAULT, null, "everyone");
  private static final Answer COUNCILLORS = new Answer(Audience.COUNCILLOR, null, "councillors");
  private static final Answer SCOTLAND =
      new Answer(Audience.DEFAULT, Jurisdiction.SCOTLAND, "scotland");
  private static final Answer SCOTTISH_COUNCILLORS =
      new Answer(Audience.COUNCILLOR, Jurisdiction.SCOTLAND, "scottish councillors");

  private static Answer choose(List<Answer> answers, Audience audience, Jurisdiction where) {
    Topic topic =
        new Topic(
            "report.fraud",
            "Fraud",
            Category.REPORTING,
            List.of(),
            List.of(),
            answers,
            List.of(),
            "policy",
            LocalDate.of(2026, 11, 28),
            LocalDate.of(2027, 11, 28),
            TopicStatus.PUBLISHED,
            1);
    ContentRelease release =
        new ContentRelease(
            0, Instant.EPOCH, Map.of(topic.id(), topic), Map.of(), List.of(), List.of());
    return release.answerFor(topic, audience, where);
  }

  @Test
  void theExactAudienceAndJurisdictionWin() {
    assertThat(
            choose(
                List.of(EVERYONE, COUNCILLORS, SCOTLAND, SCOTTISH_COUNCILLORS),
                Audience.COUNCILLOR,
                Jurisdiction.SCOTLAND))
        .isEqualTo(SCOTTISH_COUNCILLORS);
  }

  @Test
  void aScottishCouncillorGetsTheScottishRoutesBeforeTheCouncillorWording() {
    assertThat(
            choose(
                List.of(EVERYONE, COUNCILLORS, SCOTLAND),
                Audience.COUNCILLOR,
                Jurisdiction.SCOTLAND))
        .isEqualTo(SCOTLAND);
  }

  @Test
  void withNoJurisdictionTheAudienceVariantIsChosen() {
    assertThat(choose(List.of(EVERYONE, COUNCILLORS, SCOTLAND), Audience.COUNCILLOR, null))
        .isEqualTo(COUNCILLORS);
  }

  @Test
  void anotherJurisdictionsVariantIsNeverChosen() {
    assertThat(
            choose(List.of(EVERYONE, SCOTLAND), Audience.FRONTLINE, Jurisdiction.NORTHERN_IRELAND))
        .isEqualTo(EVERYONE);
  }
}
