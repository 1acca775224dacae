package uk.socguide.adapters.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import uk.socguide.content.Answer;
import uk.socguide.content.Audience;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.Source;
import uk.socguide.content.Topic;
import uk.socguide.core.testing.SampleContent;

/**
 * The sample content with two topics made awkward for Telegram, served end to end by the real
 * engine: one whose answer is far longer than a Telegram message, and one whose title, answer and
 * source are full of text that looks like markup. Only answers, titles and sources change; the
 * example questions stay as they are, so the intent model, and every other test's conversation, is
 * the same as on the sample content.
 */
final class AwkwardContent {

  /** One of the long topic's example questions. */
  static final String LONG_QUESTION = "explain the 4 ps of the strategy";

  static final String LONG_TITLE = "The four Ps, at length";
  static final int LONG_PARAGRAPHS = 16;

  /** One of the hostile topic's example questions. */
  static final String HOSTILE_QUESTION = "how big a problem is organised crime";

  static final String HOSTILE_TITLE = "Scale <script>alert(1)</script> & \"size\" </b>";
  static final String HOSTILE_SENTENCE =
      "An editor typed <b>this</b> & <i>that</i> </a> <script>alert(\"x\")</script> here.";
  static final String HOSTILE_BULLET =
      "A bullet with <tg-spoiler>hidden</tg-spoiler> & &amp; in it";
  static final String HOSTILE_BOLD = "bold with </b><script> inside";
  static final String HOSTILE_LINK_TEXT = "a link </a><b> & more";
  static final String HOSTILE_LINK_URL = "https://www.gov.uk/search?q=a&b=\"c\"<d>";
  static final String HOSTILE_SOURCE =
      "Briefing </a><a href=\"https://evil.example\">click</a> & <i>notes";
  static final String HOSTILE_SOURCE_URL = "https://www.local.gov.uk/briefing?a=1&b=\"2\"";
  static final String HOSTILE_LOCATOR = "para <2> & </a>";

  private AwkwardContent() {}

  static ContentRelease release() {
    ContentRelease base = SampleContent.release();
    Map<String, Topic> topics = new HashMap<>(base.topics());
    topics.compute("strategy.four-ps", (id, t) -> with(t, LONG_TITLE, longAnswer(), t.sources()));
    topics.compute(
        "facts.scale",
        (id, t) ->
            with(
                t,
                HOSTILE_TITLE,
                HOSTILE_SENTENCE
                    + "\n\n- "
                    + HOSTILE_BULLET
                    + "\n- **"
                    + HOSTILE_BOLD
                    + "** and ["
                    + HOSTILE_LINK_TEXT
                    + "]("
                    + HOSTILE_LINK_URL
                    + ")",
                List.of(new Source(HOSTILE_SOURCE, HOSTILE_LOCATOR, HOSTILE_SOURCE_URL, "", ""))));
    return new ContentRelease(
        base.number() + 100,
        base.publishedAt(),
        topics,
        base.routes(),
        base.lexicon(),
        base.mustAnswer());
  }

  /**
   * Checks the hostile topic's answer as sent to the Bot API: well-formed for Telegram, with every
   * piece of markup-like content reaching the reader as the text it was, and only the adapter's own
   * tags (the title, the bold phrase and the sources heading; the link and the source) as tags.
   */
  static void assertHostileAnswerServedSafely(String html) {
    TelegramHtml.assertWellFormed(html);
    assertThat(html)
        .startsWith(
            "<b>Scale &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;size&quot; &lt;/b&gt;</b>"
                + "\n\n")
        .doesNotContain("<script", "<i>", "<tg-spoiler", "evil.example\">");
    assertThat(MessageSplitterTest.text(html))
        .contains(
            HOSTILE_TITLE,
            HOSTILE_SENTENCE,
            HOSTILE_BULLET,
            HOSTILE_BOLD,
            HOSTILE_LINK_TEXT,
            HOSTILE_SOURCE + ", " + HOSTILE_LOCATOR);
    assertThat(TelegramHtml.opened(html, "b")).isEqualTo(3);
    assertThat(TelegramHtml.links(html)).containsExactly(HOSTILE_LINK_URL, HOSTILE_SOURCE_URL);
  }

  /** The start of the long answer's paragraph {@code n} (from 1), as a reader sees it. */
  static String paragraph(int n) {
    return "Part " + n + " of " + LONG_PARAGRAPHS + ".";
  }

  // paragraphs of about 560 characters with bold, a link and ampersands to escape: about 9,000
  // in all, so the answer needs three messages and each break falls near tags and entities
  private static String longAnswer() {
    return IntStream.rangeClosed(1, LONG_PARAGRAPHS)
        .mapToObj(
            n ->
                paragraph(n)
                    + " **Pursue, Prevent, Protect & Prepare** work together: "
                    + "councils, police & partners share what they know. ".repeat(5)
                    + "See [the strategy & its annexes]"
                    + "(https://www.gov.uk/government/publications/serious-and-organised-crime-strategy)"
                    + " for the detail, and ask your council's lead officer & legal team before"
                    + " acting on anything here.")
        .collect(Collectors.joining("\n\n"));
  }

  private static Topic with(Topic t, String title, String markup, List<Source> sources) {
    return new Topic(
        t.id(),
        title,
        t.category(),
        t.examples(),
        t.related(),
        List.of(new Answer(Audience.DEFAULT, null, markup)),
        sources,
        t.owner(),
        t.lastReviewed(),
        t.reviewBy(),
        t.status(),
        t.version());
  }
}
