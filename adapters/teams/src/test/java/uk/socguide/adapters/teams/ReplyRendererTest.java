package uk.socguide.adapters.teams;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.socguide.core.Actions;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Markup;

class ReplyRendererTest {
  private final ReplyRenderer renderer = new ReplyRenderer();

  private static List<Suggestion> questions(int n) {
    return IntStream.rangeClosed(1, n)
        .mapToObj(i -> new Suggestion("Question " + i, "Question " + i + "?"))
        .toList();
  }

  private static ReplyMessage small(List<Suggestion> suggestions) {
    return new ReplyMessage(null, Markup.plain("Hello."), suggestions, List.of(), null, null);
  }

  @Test
  void quickRepliesAreSuggestedActionsInPersonalChatAtMostThree() {
    Activity a = renderer.render(small(questions(5)), TeamsScope.PERSONAL).get(0);

    assertThat(a.getAttachments()).isNullOrEmpty();
    assertThat(a.getSuggestedActions().getActions()).hasSize(3);
    assertThat(a.getSuggestedActions().getActions().get(0).getValue()).isEqualTo("Question 1");
    assertThat(a.getText()).isEqualTo("Hello.");
    assertThat(a.getTextFormat()).hasToString("markdown");
  }

  @Test
  void elsewhereQuickRepliesBecomeCardButtons() {
    for (TeamsScope scope : List.of(TeamsScope.GROUP_CHAT, TeamsScope.CHANNEL)) {
      Activity a = renderer.render(small(questions(2)), scope).get(0);
      assertThat(a.getSuggestedActions()).isNull();
      assertThat(a.getAttachments()).hasSize(1);
      assertThat(a.getSummary()).isEqualTo("Hello.");
    }
  }

  @Test
  void quickRepliesPostTheirReadableTitleNeverAnInternalAction() {
    ReplyMessage clarify =
        small(List.of(new Suggestion("County lines", Actions.topic("county-lines"))));
    Activity a = renderer.render(clarify, TeamsScope.PERSONAL).get(0);
    assertThat(a.getAttachments()).isNullOrEmpty();
    assertThat(a.getSuggestedActions().getActions().get(0).getValue()).isEqualTo("County lines");
    assertThat(ReplyRenderer.quickReplies(clarify, TeamsScope.PERSONAL))
        .containsExactly(new Suggestion("County lines", Actions.topic("county-lines")));
    assertThat(ReplyRenderer.quickReplies(clarify, TeamsScope.CHANNEL)).isEmpty();
  }

  @Test
  void answersAreCardsWithoutSuggestedActionsAndWithFallbackText() {
    ReplyMessage answer =
        new ReplyMessage(
            "Title",
            Markup.plain("Body"),
            questions(2),
            List.of(new SourceRef("S", "", "https://s.example")),
            LocalDate.of(2025, 1, 2),
            "t");
    Activity a = renderer.render(answer, TeamsScope.PERSONAL).get(0);
    assertThat(a.getSuggestedActions()).as("never beside a card").isNull();
    assertThat(a.getAttachments()).hasSize(1);
    JsonNode card = Serialization.objectToTree(a.getAttachments().get(0).getContent());
    assertThat(card.path("fallbackText").asText()).contains("Title").contains("Body");
    assertThat(a.getSummary()).isEqualTo("Title");
  }

  @Test
  void plainMessagesWithoutSuggestionsStayText() {
    Activity a =
        renderer.render(ReplyMessage.of(Markup.plain("Thanks.")), TeamsScope.CHANNEL).get(0);
    assertThat(a.getAttachments()).isNullOrEmpty();
    assertThat(a.getText()).isEqualTo("Thanks.");
  }

  @Test
  void hugeAnswerIsSplitIntoMessagesUnder80KbKeepingTitleFirstAndFeedbackLast() {
    String paragraph = "Organised crime & <b>exploitation</b> *harm* ".repeat(60);
    String body =
        IntStream.range(0, 150).mapToObj(i -> paragraph).collect(Collectors.joining("\n\n"));
    ReplyMessage huge =
        new ReplyMessage(
            "Long answer",
            Markup.parse(body),
            questions(2),
            List.of(new SourceRef("S", "", "https://s.example")),
            LocalDate.of(2025, 1, 2),
            "topic");

    List<Activity> parts = renderer.render(huge, TeamsScope.PERSONAL);

    assertThat(parts.size()).isGreaterThan(3);
    assertThat(parts).allMatch(p -> MessageSplitter.bytes(p) <= ReplyRenderer.MAX_ACTIVITY_BYTES);
    String first = Serialization.toStringSilent(parts.get(0));
    String last = Serialization.toStringSilent(parts.get(parts.size() - 1));
    assertThat(first).contains("Long answer").doesNotContain("Was this helpful");
    assertThat(last).contains("Was this helpful").contains("Last reviewed");
    long paragraphs =
        parts.stream()
            .mapToLong(
                p ->
                    Serialization.objectToTree(p.getAttachments().get(0).getContent())
                        .path("body")
                        .findValues("text")
                        .stream()
                        .filter(t -> t.asText().startsWith("Organised crime"))
                        .count())
            .sum();
    assertThat(paragraphs).as("nothing lost").isEqualTo(150);
  }

  @Test
  void oneEnormousParagraphIsCutAtWordsAndStillDelivered() {
    ReplyMessage wall =
        new ReplyMessage(
            null, Markup.plain("word ".repeat(60_000)), List.of(), List.of(), null, null);
    List<Activity> parts = renderer.render(wall, TeamsScope.CHANNEL);
    assertThat(parts).hasSizeGreaterThan(1);
    assertThat(parts).allMatch(p -> MessageSplitter.bytes(p) <= ReplyRenderer.MAX_ACTIVITY_BYTES);
    int words = parts.stream().mapToInt(p -> p.getText().split("word", -1).length - 1).sum();
    assertThat(words).isEqualTo(60_000);
  }

  @Test
  void unbrokenTextIsCutToo() {
    ReplyMessage wall =
        new ReplyMessage(null, Markup.plain("x".repeat(400_000)), List.of(), List.of(), null, null);
    List<Activity> parts = renderer.render(wall, TeamsScope.PERSONAL);
    assertThat(parts).allMatch(p -> MessageSplitter.bytes(p) <= ReplyRenderer.MAX_ACTIVITY_BYTES);
    assertThat(
            parts.stream().mapToLong(p -> p.getText().chars().filter(c -> c == 'x').count()).sum())
        .isEqualTo(400_000);
  }
}
