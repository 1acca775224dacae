package uk.socguide.intents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BadInputTest {

  private static IntentModel model;

  @BeforeAll
  static void train() {
    model = IntentTrainer.train(TinyData.set());
  }

  static Stream<String> badInput() {
    return Stream.of(
        "",
        " ",
        "\n\t\r",
        "a".repeat(100_000),
        "how do i report fraud ".repeat(5_000),
        "fraud ".repeat(20_000),
        "x y z ".repeat(30_000),
        "\uD83D\uDE00\uD83D\uDE00\uD83D\uDD25",
        "\uD83D\uDE00 \uD83D\uDC4D \uD83D\uDE4F",
        "Привет, как дела?",
        "你好，我想举报诈骗",
        "مرحبا كيف حالك",
        "שלום עולם",
        "こんにちは",
        "1234567890",
        "42 17 3.14159",
        "\u0000\u0001\u0002\u0007\u001b[31m",
        "\uD800",
        "\uDC00abc\uD800",
        "'; DROP TABLE topics; --",
        "<script>alert(1)</script>",
        "???!!!...",
        "\u202E\u202D\u200B\u200F",
        "ÿþ\uFFFD\uFFFD");
  }

  @ParameterizedTest
  @MethodSource("badInput")
  void badInputIsOutOfScopeAndNeverThrows(String text) {
    Classification c = model.classify(text);
    assertThat(c.outOfScope()).isTrue();
    assertThat(c.needsClarification()).isFalse();
  }

  @Test
  void nullIsOutOfScopeToo() {
    assertThat(model.classify(null).outOfScope()).isTrue();
  }
}
