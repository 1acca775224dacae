package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.markup.Markup;

class MessageSplitterTest {

  private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(amp|lt|gt|quot);");

  private final HtmlRenderer renderer =
      new HtmlRenderer(new MessageSplitter(MessageSplitter.TELEGRAM_LIMIT));

  @Test
  void aShortAnswerIsOneMessage() {
    assertThat(renderer.render(ReplyMessage.of(Markup.parse("One.\n\nTwo.")))).hasSize(1);
  }

  @Test
  void aLongAnswerSplitsBetweenParagraphs() {
    String paragraph = "Organised crime harms **local** communities & costs money. ".repeat(12);
    String source =
        IntStream.range(0, 20)
            .mapToObj(i -> i + ". " + paragraph)
            .collect(Collectors.joining("\n\n"));

    List<String> parts = renderer.render(ReplyMessage.of(Markup.parse(source)));

    assertThat(parts).hasSizeGreaterThan(1);
    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
      assertBalanced(part);
      // each part starts with a paragraph's number: the breaks fell between paragraphs
      assertThat(part).matches("(?s)^\\d+\\. .*");
      assertThat(part).endsWith("money.");
    }
    assertThat(String.join("\n\n", parts))
        .isEqualTo(
            HtmlRenderer.units(ReplyMessage.of(Markup.parse(source))).stream()
                .map(MessageSplitter.Unit::html)
                .collect(Collectors.joining("\n\n")));
  }

  @Test
  void aParagraphLongerThanAMessageBreaksAtSpacesAndReopensItsTags() {
    String bold = "**" + "danger & harm ".repeat(600).strip() + "**";
    List<String> parts = renderer.render(ReplyMessage.of(Markup.parse("Start " + bold + " end")));

    assertThat(parts).hasSizeGreaterThan(2);
    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(MessageSplitter.TELEGRAM_LIMIT);
      assertBalanced(part);
      assertThat(part).doesNotStartWith(" ").doesNotEndWith(" ");
    }
    assertThat(parts.get(1)).startsWith("<b>").endsWith("</b>");
    String words = parts.stream().map(MessageSplitterTest::text).collect(Collectors.joining(" "));
    assertThat(words).isEqualTo("Start " + "danger & harm ".repeat(600).strip() + " end");
  }

  @Test
  void aWordLongerThanAMessageIsCutBetweenCharactersNotInsideEntities() {
    MessageSplitter small = new MessageSplitter(40);
    String word = "&<>\"".repeat(30);

    List<String> parts =
        small.split(List.of(MessageSplitter.Unit.paragraph(List.of(Fragment.bold(word)))));

    for (String part : parts) {
      assertThat(part.length()).isLessThanOrEqualTo(40);
      assertBalanced(part);
    }
    assertThat(parts.stream().map(MessageSplitterTest::text).collect(Collectors.joining()))
        .isEqualTo(word);
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    MessageSplitter small = new MessageSplitter(21);
    String emoji = "🚨".repeat(40);

    List<String> parts =
        small.split(List.of(MessageSplitter.Unit.paragraph(List.of(Fragment.text(emoji)))));

    assertThat(parts).allSatisfy(p -> assertThat(Character.isLowSurrogate(p.charAt(0))).isFalse());
    assertThat(String.join("", parts)).isEqualTo(emoji);
  }

  /** Every tag closed in order, and no entity or tag cut short. */
  static void assertBalanced(String html) {
    Deque<String> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(html);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        open.push(m.group(2));
      } else {
        assertThat(open).as("closing %s in %s", m.group(2), html).isNotEmpty();
        assertThat(open.pop()).isEqualTo(m.group(2));
      }
    }
    assertThat(open).as("unclosed tags").isEmpty();
    String withoutTags = TAG.matcher(html).replaceAll("");
    String withoutEntities = ENTITY.matcher(withoutTags).replaceAll("");
    assertThat(withoutEntities).doesNotContain("<", ">", "&");
  }

  /** The text a reader sees. */
  static String text(String html) {
    return TAG.matcher(html)
        .replaceAll("")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
