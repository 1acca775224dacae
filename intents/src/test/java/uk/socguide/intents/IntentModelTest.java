package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IntentModelTest {

  private static IntentModel model;

  @BeforeAll
  static void train() {
    model = IntentTrainer.train(TinyData.set());
  }

  private static String top(String text) {
    Classification c = model.classify(text);
    return c.top().orElseThrow().intent();
  }

  @Test
  void answersQuestionsWordedUnlikeTheExamples() {
    assertThat(top("Where should residents go to report being scammed?")).isEqualTo("report.fraud");
    assertThat(top("what's the National Crime Agency for")).isEqualTo("role.nca");
    assertThat(top("is SOCA still going")).isEqualTo("nca.soca");
    assertThat(model.classify("How do I report fraud?").outOfScope()).isFalse();
  }

  @Test
  void understandsMisspeltQuestions() {
    assertThat(top("how do i reprot fraudd")).isEqualTo("report.fraud");
    assertThat(top("traffiking at a car wash")).isEqualTo("report.trafficking");
    assertThat(top("what is cuckoing")).isEqualTo("council.cuckooing");
  }

  @Test
  void rankingIsOrderedAndScoresAreBetweenZeroAndOne() {
    List<IntentScore> ranking = model.classify("what does the nca do").ranking();
    assertThat(ranking).isNotEmpty().hasSizeLessThanOrEqualTo(TrainedIntentModel.RANKING_SIZE);
    assertThat(ranking).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(ranking).allSatisfy(s -> assertThat(s.score()).isBetween(0.0, 1.0));
  }

  @Test
  void questionsLikeTheOutOfScopeExamplesAreOutOfScope() {
    Classification c = model.classify("when do the bins get collected");
    assertThat(c.outOfScope()).isTrue();
    assertThat(c.needsClarification()).isFalse();
    assertThat(c.top().orElseThrow().intent()).isEqualTo(TinyData.OOS);
  }

  @Test
  void questionsUnlikeAnythingKnownAreRefusedWithALowScore() {
    Classification c = model.classify("recommend a vegetarian recipe with aubergines");
    assertThat(c.outOfScope()).isTrue();
    assertThat(c.top().map(IntentScore::score).orElse(0.0))
        .isLessThan(model.classify("how do i report human trafficking").top().get().score());
  }

  @Test
  void asksForClarificationWhenTwoIntentsFitEqually() {
    Classification c = model.classify("soca nca");
    assertThat(c.outOfScope()).isFalse();
    assertThat(c.needsClarification()).isTrue();
    assertThat(c.ranking().subList(0, 2))
        .extracting(IntentScore::intent)
        .containsExactlyInAnyOrder("nca.soca", "role.nca");
  }

  @Test
  void aClearQuestionNeedsNoClarification() {
    Classification c = model.classify("how do i report human trafficking");
    assertThat(c.needsClarification()).isFalse();
    assertThat(c.outOfScope()).isFalse();
  }

  @Test
  void reportsEntitiesAlongWithTheIntent() {
    Classification c = model.classify("I'm a cllr in Scotland - who took over from SOCA?");
    assertThat(c.entities())
        .extracting(Entity::type, Entity::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("audience", "councillor"),
            org.assertj.core.groups.Tuple.tuple("nation", "scotland"),
            org.assertj.core.groups.Tuple.tuple("agency", "nca"));
  }

  @Test
  void sameDataGivesTheSameModelAndTheSameScores() {
    IntentModel again = IntentTrainer.train(TinyData.set());
    for (String q :
        List.of("what does the nca do", "report fraud", "tell me a joke", "cuckooing", "hmm")) {
      assertThat(again.classify(q)).isEqualTo(model.classify(q));
    }
  }

  @Test
  void withNoExamplesEverythingIsOutOfScope() {
    IntentModel empty = IntentTrainer.train(new TrainingSet(List.of(), TinyData.LEXICON, Set.of()));
    Classification c = empty.classify("what is soca");
    assertThat(c.outOfScope()).isTrue();
    assertThat(c.ranking()).isEmpty();
    assertThat(c.entities()).extracting(Entity::value).containsExactly("nca");
  }

  @Test
  void aSingleIntentStillTrains() {
    IntentModel one =
        IntentTrainer.train(
            new TrainingSet(
                List.of(
                    new TrainingExample("only", "report fraud"),
                    new TrainingExample("only", "fraud reporting")),
                List.of(),
                Set.of()));
    assertThat(one.classify("report fraud").top().orElseThrow().intent()).isEqualTo("only");
  }
}
