package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.channel.HttpEndpoint;

/**
 * One person's private chat with the bot, driven through the webhook, for transcript tests: say a
 * line, get back the messages the Bot API received in answer.
 */
final class TelegramChat {

  /** A message the bot sent: its HTML and its buttons' labels. */
  record Sent(String html, List<String> buttons, JsonNode params) {
    String text() {
      return MessageSplitterTest.text(html);
    }

    /** The callback_data behind a button. */
    String data(String label) {
      List<String> labels = params.path("reply_markup").findValuesAsText("text");
      int i = labels.indexOf(label);
      assertThat(i).as("a button labelled %s in %s", label, labels).isNotNegative();
      return params.path("reply_markup").findValuesAsText("callback_data").get(i);
    }
  }

  private final FakeBotApi api;
  private final HttpEndpoint webhook;
  private final String secret;
  private final RecordingTurns turns;
  private final long chat;
  private final HtmlRenderer renderer =
      new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT));
  private int turnsSoFar;
  private List<Sent> last = List.of();

  TelegramChat(
      FakeBotApi api, HttpEndpoint webhook, String secret, RecordingTurns turns, long chat) {
    this.api = api;
    this.webhook = webhook;
    this.secret = secret;
    this.turns = turns;
    this.chat = chat;
  }

  List<Sent> say(String text) throws InterruptedException {
    return exchange(Updates.text(Updates.nextId(), chat, chat, text));
  }

  List<Sent> command(String text) throws InterruptedException {
    return exchange(Updates.command(Updates.nextId(), chat, chat, text));
  }

  /** A command the adapter answers itself, with one message and no turn of the engine. */
  List<Sent> commandForTheAdapter(String text) throws InterruptedException {
    int before = api.awaitMessages(chat, 0).size();
    assertThat(
            TelegramWebhookIT.post(
                    webhook, secret, Updates.command(Updates.nextId(), chat, chat, text))
                .status())
        .isEqualTo(200);
    last = sent(api.awaitMessages(chat, before + 1), before);
    return last;
  }

  /** Sends one of the fixtures without text: photo, sticker, voice, document, location. */
  List<Sent> send(String fixture) throws InterruptedException {
    return exchange(Updates.of(fixture, Updates.nextId(), chat, chat));
  }

  /** Edits an earlier message to read {@code text}. */
  List<Sent> edit(String text) throws InterruptedException {
    return exchange(Updates.edited(Updates.nextId(), chat, chat, text));
  }

  /** Presses a button on the last message that has one with that label. */
  List<Sent> press(String label) throws InterruptedException {
    for (int i = last.size() - 1; i >= 0; i--) {
      if (last.get(i).buttons().contains(label)) {
        return exchange(Updates.callback(Updates.nextId(), chat, chat, last.get(i).data(label)));
      }
    }
    throw new AssertionError("no button " + label + " in " + last);
  }

  List<Sent> last() {
    return last;
  }

  private List<Sent> exchange(String update) throws InterruptedException {
    int before = api.awaitMessages(chat, 0).size();
    assertThat(TelegramWebhookIT.post(webhook, secret, update).status()).isEqualTo(200);
    RecordingTurns.Turn turn = turns.awaitTurn(Harness.conversation(chat), ++turnsSoFar);
    int expected = 0;
    for (ReplyMessage m : turn.reply().messages()) {
      expected += renderer.render(m).size();
    }
    List<FakeBotApi.Call> all = api.awaitMessages(chat, before + expected);
    assertThat(all).hasSize(before + expected);
    last = sent(all, before);
    return last;
  }

  private static List<Sent> sent(List<FakeBotApi.Call> all, int from) {
    List<Sent> sent = new ArrayList<>();
    for (FakeBotApi.Call c : all.subList(from, all.size())) {
      JsonNode p = c.params();
      sent.add(
          new Sent(p.path("text").asText(), p.path("reply_markup").findValuesAsText("text"), p));
    }
    return sent;
  }
}
