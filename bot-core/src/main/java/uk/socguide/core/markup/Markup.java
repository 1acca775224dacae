package uk.socguide.core.markup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small portable markup every reply is written in: paragraphs separated by a blank line, lines
 * starting {@code "- "} as bullets, {@code **bold**} and {@code [text](https://url)}. Anything else
 * is text. Adapters render it; they never receive raw HTML from the core.
 */
public record Markup(List<Block> blocks) {

  private static final Pattern INLINE =
      Pattern.compile("\\*\\*(.+?)\\*\\*|\\[([^\\]\\n]+)]\\((https?://[^\\s)]+)\\)");

  public Markup {
    blocks = List.copyOf(blocks);
  }

  /** Parses the markup; never fails (what is not markup is text). */
  public static Markup parse(String source) {
    List<Block> blocks = new ArrayList<>();
    for (String chunk : source.replace("\r\n", "\n").split("\n\\s*\n")) {
      List<List<Inline>> bullets = new ArrayList<>();
      StringBuilder paragraph = new StringBuilder();
      for (String line : chunk.split("\n")) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          continue;
        }
        if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
          flushParagraph(paragraph, blocks, bullets);
          bullets.add(inlines(trimmed.substring(2).strip()));
        } else {
          flushBullets(bullets, blocks);
          paragraph.append(paragraph.length() == 0 ? "" : " ").append(trimmed);
        }
      }
      flushParagraph(paragraph, blocks, bullets);
      flushBullets(bullets, blocks);
    }
    return new Markup(blocks);
  }

  /** Text as one paragraph, with nothing interpreted as markup. */
  public static Markup plain(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String chunk : text.replace("\r\n", "\n").split("\n\\s*\n")) {
      if (!chunk.isBlank()) {
        blocks.add(new Block.Paragraph(List.of(new Inline.Text(chunk.strip()))));
      }
    }
    return new Markup(blocks);
  }

  private static void flushParagraph(
      StringBuilder paragraph, List<Block> blocks, List<List<Inline>> bullets) {
    if (paragraph.length() > 0) {
      flushBullets(bullets, blocks);
      blocks.add(new Block.Paragraph(inlines(paragraph.toString())));
      paragraph.setLength(0);
    }
  }

  private static void flushBullets(List<List<Inline>> bullets, List<Block> blocks) {
    if (!bullets.isEmpty()) {
      blocks.add(new Block.Bullets(bullets));
      bullets.clear();
    }
  }

  static List<Inline> inlines(String text) {
    List<Inline> out = new ArrayList<>();
    Matcher m = INLINE.matcher(text);
    int at = 0;
    while (m.find()) {
      if (m.start() > at) {
        out.add(new Inline.Text(text.substring(at, m.start())));
      }
      out.add(
          m.group(1) != null
              ? new Inline.Bold(m.group(1))
              : new Inline.Link(m.group(2), m.group(3)));
      at = m.end();
    }
    if (at < text.length()) {
      out.add(new Inline.Text(text.substring(at)));
    }
    return out;
  }

  /** The text with the markup removed: paragraphs separated by blank lines, bullets as "- ". */
  public String plainText() {
    StringBuilder s = new StringBuilder();
    for (Block b : blocks) {
      if (s.length() > 0) {
        s.append("\n\n");
      }
      if (b instanceof Block.Paragraph p) {
        appendPlain(s, p.inlines());
      } else if (b instanceof Block.Bullets list) {
        for (int i = 0; i < list.items().size(); i++) {
          s.append(i == 0 ? "- " : "\n- ");
          appendPlain(s, list.items().get(i));
        }
      }
    }
    return s.toString();
  }

  private static void appendPlain(StringBuilder s, List<Inline> inlines) {
    for (Inline i : inlines) {
      s.append(i.text());
      if (i instanceof Inline.Link link && !link.text().equals(link.url())) {
        s.append(" (").append(link.url()).append(")");
      }
    }
  }
}
