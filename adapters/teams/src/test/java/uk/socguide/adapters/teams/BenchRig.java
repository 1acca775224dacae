package uk.socguide.adapters.teams;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import uk.socguide.adapters.teams.fakes.MessagesFront;
import uk.socguide.core.TurnHandler;
import uk.socguide.core.testing.SampleEngine;

/** The authenticated rig behind {@code /api/messages} on loopback HTTP, for the benchmarks. */
public final class BenchRig implements AutoCloseable {
  public static final String QUESTION = "How do I report a crime that is not an emergency?";
  private static final byte[] TYPING = "\"type\":\"typing\"".getBytes(StandardCharsets.UTF_8);

  private final SampleEngine sample;
  private final AuthenticatedRig rig;
  private final String bearer;
  private final MessagesFront front;

  public BenchRig(Path data) throws Exception {
    sample = SampleEngine.create();
    rig =
        new AuthenticatedRig(
            sample.engine(),
            sample.observer(),
            data,
            new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(5)));
    rig.connector.recording(false);
    bearer = rig.bearer();
    front = new MessagesFront(TeamsAdapter.MESSAGES_PATH, rig.adapter.messagesEndpoint());
  }

  public TurnHandler engine() {
    return sample.engine();
  }

  /** Called with the conversation id of every reply (typing indicators excluded). */
  public void onReply(Consumer<String> conversationId) {
    rig.connector.listener(
        (path, body) -> {
          if (indexOf(body, TYPING) >= 0) {
            return;
          }
          int start = path.indexOf("/conversations/") + "/conversations/".length();
          int end = path.indexOf("/activities", start);
          conversationId.accept(path.substring(start, end));
        });
  }

  public String personalMessage(String conversationId) {
    return Fixtures.activity("personal-message", rig.connector.serviceUrl())
        .replace(Fixtures.PERSONAL_CONVERSATION, conversationId);
  }

  /** An activity the bot acknowledges without a turn: token check and parsing only. */
  public String reaction(String conversationId) {
    return Fixtures.activity("message-reaction", rig.connector.serviceUrl())
        .replace(Fixtures.PERSONAL_CONVERSATION, conversationId);
  }

  /** Where to POST activities: {@code http://127.0.0.1:PORT/api/messages}. */
  public URI messagesUri() {
    return front.uri();
  }

  /** A valid Bot Connector token for the activities, as the Authorization header's value. */
  public String authorization() {
    return bearer;
  }

  public int delivered() {
    return rig.delivered.get();
  }

  public int failed() {
    return rig.failed.get();
  }

  @Override
  public void close() {
    front.close();
    rig.close();
    sample.close();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
