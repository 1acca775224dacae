package uk.socguide.adapters.telegram;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.markup.Block;
import uk.socguide.core.markup.Inline;

/**
 * Writes a reply message as Telegram HTML: the title in bold, paragraphs, bullets, the sources as
 * links and the date the answer was last reviewed. Everything that is not one of the adapter's own
 * {@code <b>} and {@code <a href>} tags is escaped, so nothing a user or an editor typed can become
 * markup.
 */
final class HtmlRenderer {

  private static final DateTimeFormatter REVIEWED =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MessageSplitter splitter;

  HtmlRenderer(MessageSplitter splitter) {
    this.splitter = splitter;
  }

  /** The message as one or more Telegram messages' text, in order; empty when there is no text. */
  List<String> render(ReplyMessage message) {
    return splitter.split(units(message));
  }

  static List<MessageSplitter.Unit> units(ReplyMessage message) {
    List<MessageSplitter.Unit> units = new ArrayList<>();
    if (message.title() != null && !message.title().isBlank()) {
      units.add(MessageSplitter.Unit.paragraph(List.of(Fragment.bold(message.title().strip()))));
    }
    for (Block block : message.body().blocks()) {
      if (block instanceof Block.Paragraph p) {
        units.add(MessageSplitter.Unit.paragraph(fragments(p.inlines())));
      } else if (block instanceof Block.Bullets bullets) {
        boolean first = true;
        for (List<Inline> item : bullets.items()) {
          List<Fragment> line = new ArrayList<>();
          line.add(Fragment.text("• "));
          line.addAll(fragments(item));
          units.add(first ? MessageSplitter.Unit.paragraph(line) : MessageSplitter.Unit.line(line));
          first = false;
        }
      }
    }
    if (!message.sources().isEmpty()) {
      units.add(
          MessageSplitter.Unit.paragraph(
              List.of(Fragment.bold(message.sources().size() == 1 ? "Source" : "Sources"))));
      for (SourceRef source : message.sources()) {
        units.add(MessageSplitter.Unit.line(source(source)));
      }
    }
    if (message.lastReviewed() != null) {
      String line = "Last reviewed " + REVIEWED.format(message.lastReviewed());
      MessageSplitter.Unit unit = MessageSplitter.Unit.line(List.of(Fragment.text(line)));
      units.add(
          message.sources().isEmpty() ? MessageSplitter.Unit.paragraph(unit.fragments()) : unit);
    }
    return units;
  }

  private static List<Fragment> source(SourceRef source) {
    List<Fragment> line = new ArrayList<>();
    line.add(Fragment.text("• "));
    String title =
        source.title() == null || source.title().isBlank() ? source.url() : source.title();
    line.add(Fragment.link(title == null ? "" : title, source.url()));
    if (source.locator() != null && !source.locator().isBlank()) {
      line.add(Fragment.text(", " + source.locator().strip()));
    }
    return line;
  }

  private static List<Fragment> fragments(List<Inline> inlines) {
    List<Fragment> out = new ArrayList<>(inlines.size());
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Bold b) {
        out.add(Fragment.bold(b.text()));
      } else if (inline instanceof Inline.Link l) {
        out.add(Fragment.link(l.text(), l.url()));
      } else {
        out.add(Fragment.text(inline.text()));
      }
    }
    return out;
  }
}
