package uk.socguide.adapters.telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs rendered paragraphs into messages no longer than Telegram's limit. Messages break between
 * paragraphs (or lines) where possible; a paragraph that is too long on its own breaks at a space,
 * and each piece closes and reopens its own tags, so no message ever ends inside a tag or an
 * entity. Lengths are counted on the HTML, which is never shorter than the text Telegram counts.
 */
final class MessageSplitter {

  /** Telegram's limit on a message's text. */
  static final int TELEGRAM_LIMIT = 4096;

  private final int limit;

  MessageSplitter(int limit) {
    if (limit < 16) {
      throw new IllegalArgumentException("limit too small: " + limit);
    }
    this.limit = limit;
  }

  /**
   * A paragraph or line of the message.
   *
   * @param separator what joins it to the unit before it in the same message
   */
  record Unit(String separator, List<Fragment> fragments) {
    Unit {
      fragments = List.copyOf(fragments);
    }

    static Unit paragraph(List<Fragment> fragments) {
      return new Unit("\n\n", fragments);
    }

    static Unit line(List<Fragment> fragments) {
      return new Unit("\n", fragments);
    }

    String html() {
      StringBuilder s = new StringBuilder();
      for (Fragment f : fragments) {
        if (!f.text().isEmpty()) {
          s.append(f.html());
        }
      }
      return s.toString();
    }
  }

  List<String> split(List<Unit> units) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (Unit unit : units) {
      String html = unit.html();
      if (html.isBlank()) {
        continue;
      }
      int joined = current.length() + (current.length() == 0 ? 0 : unit.separator().length());
      if (joined + html.length() <= limit) {
        if (current.length() > 0) {
          current.append(unit.separator());
        }
        current.append(html);
        continue;
      }
      flush(current, parts);
      if (html.length() <= limit) {
        current.append(html);
      } else {
        List<String> pieces = cut(unit.fragments());
        parts.addAll(pieces.subList(0, pieces.size() - 1));
        current.append(pieces.get(pieces.size() - 1));
      }
    }
    flush(current, parts);
    return parts;
  }

  private static void flush(StringBuilder current, List<String> parts) {
    if (current.length() > 0 && !current.toString().isBlank()) {
      parts.add(current.toString());
    }
    current.setLength(0);
  }

  /** Cuts one over-long paragraph into pieces that each fit. */
  private List<String> cut(List<Fragment> fragments) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (Fragment original : fragments) {
      Fragment f =
          original.open().length() + original.close().length() + 8 > limit
              ? original.untagged()
              : original;
      String rest = f.text();
      while (!rest.isEmpty()) {
        int room = limit - piece.length() - f.open().length() - f.close().length();
        int fits = fittingPrefix(rest, room);
        if (fits == rest.length()) {
          piece.append(f.open()).append(Html.escape(rest)).append(f.close());
          break;
        }
        int at = spaceBefore(rest, fits);
        if (at <= 0) {
          if (piece.length() > 0) {
            // the word may fit whole at the start of the next message
            flush(piece, pieces);
            continue;
          }
          at = hardBreak(rest, fits);
        }
        String head = rest.substring(0, at).stripTrailing();
        if (!head.isEmpty()) {
          piece.append(f.open()).append(Html.escape(head)).append(f.close());
        }
        flush(piece, pieces);
        rest = rest.substring(at).stripLeading();
      }
    }
    flush(piece, pieces);
    return pieces;
  }

  /** How many characters of {@code text}, once escaped, fit in {@code room}. */
  private static int fittingPrefix(String text, int room) {
    int used = 0;
    for (int i = 0; i < text.length(); i++) {
      used += Html.escapedLength(text.charAt(i));
      if (used > room) {
        return i;
      }
    }
    return text.length();
  }

  /** The last break at a space within the first {@code fits} characters, or -1. */
  private static int spaceBefore(String text, int fits) {
    for (int i = fits; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i - 1)) || Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A word longer than a message breaks between two characters, never inside a surrogate pair. */
  private static int hardBreak(String text, int fits) {
    int at = Math.max(1, fits);
    if (at > 1 && Character.isHighSurrogate(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }
}
