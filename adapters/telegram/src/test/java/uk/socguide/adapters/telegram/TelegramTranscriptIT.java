package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.socguide.core.dialogue.TurnObserver;
import uk.socguide.core.testing.SampleEngine;

/**
 * Conversations in Telegram with the real engine on sample content: each test is one person's
 * private chat, read as it would appear on their phone.
 */
class TelegramTranscriptIT {

  private static final String SECRET = "transcript-secret_0123";
  private static FakeBotApi api;
  private static SampleEngine sample;
  private static RecordingTurns turns;
  private static TelegramAdapter adapter;
  private static long nextChat = 9_100_000L;

  @BeforeAll
  static void start() throws Exception {
    api = new FakeBotApi();
    sample = SampleEngine.create(AwkwardContent.release());
    turns = new RecordingTurns(sample.engine());
    adapter =
        Harness.adapter(
            Harness.settings(
                api,
                Map.of(
                    TelegramSettings.MODE, "webhook",
                    TelegramSettings.WEBHOOK_URL, "https://guide.example.gov.uk/telegram/webhook",
                    TelegramSettings.WEBHOOK_SECRET, SECRET)),
            turns,
            TurnObserver.NONE);
    adapter.start().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    adapter.close();
    api.close();
    sample.close();
  }

  private static synchronized TelegramChat chat() {
    return new TelegramChat(api, adapter.webhook().orElseThrow(), SECRET, turns, ++nextChat);
  }

  @Test
  void startWelcomesWithTheLimitsAnd999() throws Exception {
    List<TelegramChat.Sent> welcome = chat().command("/start");

    assertThat(welcome).hasSize(1);
    assertThat(welcome.get(0).text())
        .startsWith("Hello, I'm SOC Guide.")
        .contains("I don't take reports");
    assertThat(welcome.get(0).html())
        .contains(
            "<b>If someone is in immediate danger or a crime is happening now, call 999.</b>");
    assertThat(welcome.get(0).buttons()).contains("Where to report something");
  }

  @Test
  void aDeepLinkOpensTheTopicWithItsSourceAndReviewDateThenTakesFeedback() throws Exception {
    TelegramChat chat = chat();

    List<TelegramChat.Sent> answer = chat.command("/start report_fraud");

    assertThat(answer).hasSize(1);
    assertThat(answer.get(0).html())
        .startsWith("<b>Reporting fraud and cyber crime</b>\n\n")
        .contains("<a href=\"https://www.reportfraud.police.uk\">Report Fraud</a>")
        .containsPattern("\nLast reviewed \\d{1,2} [A-Z][a-z]+ \\d{4}$");
    assertThat(answer.get(0).buttons())
        .containsSequence(Keyboards.HELPFUL, Keyboards.NOT_HELPFUL)
        .contains("Reporting anonymously");

    assertThat(chat.press(Keyboards.HELPFUL).get(0).text())
        .isEqualTo("Thanks, I'm glad that helped.");
    assertThat(sample.recorded().feedback()).isNotEmpty();
  }

  @Test
  void aRelatedTopicButtonOpensThatTopic() throws Exception {
    TelegramChat chat = chat();
    chat.command("/start report_fraud");

    List<TelegramChat.Sent> next = chat.press("The National Crime Agency");

    assertThat(next.get(0).html()).startsWith("<b>The National Crime Agency</b>");
  }

  @Test
  void roleSwitchesTheWordingFromFrontlineToCouncillors() throws Exception {
    TelegramChat chat = chat();
    assertThat(chat.command("/nca").get(0).text()).contains("For frontline staff:");

    List<TelegramChat.Sent> menu = chat.commandForTheAdapter("/role");
    assertThat(menu.get(0).text()).isEqualTo(Conversation.ROLE_PROMPT);
    assertThat(menu.get(0).buttons()).containsExactly(Keyboards.COUNCILLOR, Keyboards.FRONTLINE);

    assertThat(chat.press(Keyboards.COUNCILLOR).get(0).text())
        .isEqualTo("OK, I'll word my answers for councillors.");
    assertThat(chat.command("/nca").get(0).text()).contains("For councillors:");
  }

  @Test
  void reportOffersTheRoutesBySituationAfter999() throws Exception {
    List<TelegramChat.Sent> menu = chat().command("/report");

    assertThat(menu.get(0).html()).startsWith("<b>If someone is in immediate danger");
    assertThat(menu.get(0).buttons())
        .contains("Reporting fraud and cyber crime", "Reporting anonymously");
  }

  @Test
  void someoneInDangerHears999FirstThenTheRoute() throws Exception {
    List<TelegramChat.Sent> reply =
        chat().say("a man with a knife is threatening someone outside right now");

    assertThat(reply).hasSizeGreaterThanOrEqualTo(2);
    assertThat(reply.get(0).text()).startsWith("If someone is in immediate danger");
    assertThat(reply.get(0).text()).contains("999");
    assertThat(reply.get(0).buttons()).isEmpty();
  }

  @Test
  void photosStickersVoiceFilesLocationsAndEditsAreAskedToBeTypedWithoutButtons() throws Exception {
    TelegramChat chat = chat();
    List<List<TelegramChat.Sent>> replies = new ArrayList<>();
    for (String fixture : List.of("photo", "sticker", "voice", "document", "location")) {
      replies.add(chat.send(fixture));
    }
    replies.add(chat.edit("what is the NCA?"));

    for (List<TelegramChat.Sent> reply : replies) {
      assertThat(reply).hasSize(1);
      assertThat(reply.get(0).text()).isEqualTo("I can only read text. Please type your question.");
      assertThat(reply.get(0).params().has("reply_markup")).isFalse();
      assertThat(reply.get(0).buttons()).isEmpty();
    }
  }

  @Test
  void markupInTheContentReachesThePhoneAsTextNotAsMarkup() throws Exception {
    List<TelegramChat.Sent> reply = chat().say(AwkwardContent.HOSTILE_QUESTION);

    assertThat(reply).hasSize(1);
    AwkwardContent.assertHostileAnswerServedSafely(reply.get(0).html());
  }

  @Test
  void anAnswerLongerThanAMessageArrivesInOrderAsWellFormedMessagesWithButtonsOnTheLast()
      throws Exception {
    List<TelegramChat.Sent> parts = chat().say(AwkwardContent.LONG_QUESTION);

    assertThat(parts).hasSizeGreaterThanOrEqualTo(2);
    for (TelegramChat.Sent part : parts) {
      assertThat(part.html().length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
      assertThat(part.params().path("parse_mode").asText()).isEqualToIgnoringCase("HTML");
      TelegramHtml.assertWellFormed(part.html());
    }
    assertThat(parts.get(0).html()).startsWith("<b>" + AwkwardContent.LONG_TITLE + "</b>\n\n");
    // every paragraph once, in order, across the messages; each message starts with a paragraph
    String read = parts.stream().map(TelegramChat.Sent::text).collect(Collectors.joining("\n\n"));
    int from = 0;
    for (int n = 1; n <= AwkwardContent.LONG_PARAGRAPHS; n++) {
      int at = read.indexOf(AwkwardContent.paragraph(n));
      assertThat(at).as("paragraph %d after the one before", n).isGreaterThanOrEqualTo(from);
      assertThat(read.indexOf(AwkwardContent.paragraph(n), at + 1)).isNegative();
      from = at;
    }
    for (TelegramChat.Sent part : parts.subList(1, parts.size())) {
      assertThat(part.text()).startsWith("Part ");
    }
    TelegramChat.Sent last = parts.get(parts.size() - 1);
    assertThat(last.text()).containsPattern("\nLast reviewed \\d{1,2} [A-Z][a-z]+ \\d{4}$");
    assertThat(last.buttons()).contains(Keyboards.HELPFUL, Keyboards.NOT_HELPFUL);
    for (TelegramChat.Sent part : parts.subList(0, parts.size() - 1)) {
      assertThat(part.params().has("reply_markup")).as("buttons before the last part").isFalse();
    }
  }
}
