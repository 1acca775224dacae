package uk.socguide.app.console;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.socguide.core.Actions;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.SourceRef;
import uk.socguide.core.Suggestion;
import uk.socguide.core.markup.Block;
import uk.socguide.core.markup.Inline;
import uk.socguide.core.markup.Markup;

/**
 * Renders replies for a terminal: wrapped paragraphs, bullets, links as "text (address)", sources
 * with their last-reviewed date, and the choices numbered on from the earlier messages of the same
 * reply (each reply's choices start at 1). Control characters are shown as {@code ?}, so nothing in
 * a reply can drive the terminal.
 */
final class PlainText {
  static final int WIDTH = 78;
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private PlainText() {}

  /** The text of one message, and the choices it offers appended to {@code choices}. */
  static String render(ReplyMessage m, List<Suggestion> choices) {
    StringBuilder s = new StringBuilder();
    if (m.title() != null && !m.title().isBlank()) {
      s.append(safe(m.title()).toUpperCase(Locale.UK)).append("\n\n");
    }
    s.append(body(m.body()));
    if (!m.sources().isEmpty()) {
      s.append("\n\n").append(m.sources().size() > 1 ? "Sources:" : "Source:");
      for (SourceRef src : m.sources()) {
        String line = "- " + safe(src.title());
        if (src.locator() != null && !src.locator().isBlank()) {
          line += ", " + safe(src.locator());
        }
        if (src.url() != null && !src.url().isBlank()) {
          line += " <" + safe(src.url()) + ">";
        }
        s.append('\n').append(wrap(line, "  "));
      }
    }
    if (m.lastReviewed() != null) {
      s.append("\nLast reviewed ").append(date(m.lastReviewed())).append('.');
    }
    List<Suggestion> offered = new ArrayList<>(m.suggestions());
    if (m.feedbackTopic() != null) {
      offered.add(new Suggestion("Helpful", Actions.feedback(m.feedbackTopic(), true)));
      offered.add(new Suggestion("Not helpful", Actions.feedback(m.feedbackTopic(), false)));
    }
    if (!offered.isEmpty()) {
      s.append("\n");
      for (Suggestion choice : offered) {
        choices.add(choice);
        s.append("\n  ").append(choices.size()).append(". ").append(safe(choice.title()));
      }
    }
    return s.toString();
  }

  static String body(Markup markup) {
    StringBuilder s = new StringBuilder();
    for (Block block : markup.blocks()) {
      if (s.length() > 0) {
        s.append("\n\n");
      }
      if (block instanceof Block.Paragraph p) {
        s.append(wrap(inline(p.inlines()), ""));
      } else if (block instanceof Block.Bullets list) {
        for (int i = 0; i < list.items().size(); i++) {
          s.append(i == 0 ? "" : "\n").append(wrap("- " + inline(list.items().get(i)), "  "));
        }
      }
    }
    return s.toString();
  }

  private static String inline(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    for (Inline i : inlines) {
      s.append(safe(i.text()));
      if (i instanceof Inline.Link link && !link.text().equals(link.url())) {
        s.append(" (").append(safe(link.url())).append(')');
      }
    }
    return s.toString();
  }

  /** Greedy word wrap; continuation lines start with {@code indent}. */
  static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      if (out.length() > 0) {
        out.append('\n').append(indent);
      }
      int column = 0;
      for (String word : line.split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (column > 0 && column + 1 + word.length() > WIDTH) {
          out.append('\n').append(indent);
          column = indent.length();
        } else if (column > 0) {
          out.append(' ');
          column++;
        }
        out.append(word);
        column += word.length();
      }
    }
    return out.toString();
  }

  static String date(LocalDate date) {
    return LONG_DATE.format(date);
  }

  /** Replaces control characters (escape sequences included) except line breaks. */
  static String safe(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder s = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n') {
                s.append('\n');
              } else if (Character.isISOControl(c)
                  || Character.getType(c) == Character.FORMAT && c != 0x200D) {
                s.append('?');
              } else {
                s.appendCodePoint(c);
              }
            });
    return s.toString();
  }
}
