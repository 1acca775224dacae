package uk.socguide.adapters.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import uk.socguide.core.ReplyMessage;
import uk.socguide.core.markup.Block;
import uk.socguide.core.markup.Inline;
import uk.socguide.core.markup.Markup;

/**
 * Keeps every activity under a byte limit. A message that renders too large is split between blocks
 * into several messages: the title stays on the first, the sources, buttons and review date on the
 * last. A block too long on its own is cut at word boundaries; as a last resort the text is trimmed
 * with a note saying so.
 */
final class MessageSplitter {
  /** Longest text a split block keeps; well under the limit even when every character escapes. */
  static final int PIECE_CHARS = 3000;

  private final BiFunction<ReplyMessage, TeamsScope, Activity> renderer;
  private final int maxBytes;

  MessageSplitter(BiFunction<ReplyMessage, TeamsScope, Activity> renderer, int maxBytes) {
    this.renderer = renderer;
    this.maxBytes = maxBytes;
  }

  List<Activity> split(ReplyMessage message, TeamsScope scope) {
    Activity whole = renderer.apply(message, scope);
    if (fits(whole)) {
      return List.of(whole);
    }
    List<List<Block>> parts = new ArrayList<>();
    List<Block> current = new ArrayList<>();
    for (Block piece : pieces(message.body())) {
      List<Block> trial = new ArrayList<>(current);
      trial.add(piece);
      ReplyMessage candidate = bodyOnly(message, trial, parts.isEmpty());
      if (!current.isEmpty() && !fits(renderer.apply(candidate, scope))) {
        parts.add(current);
        current = new ArrayList<>(List.of(piece));
      } else {
        current = trial;
      }
    }
    parts.add(current);

    List<Activity> out = new ArrayList<>();
    for (int i = 0; i < parts.size() - 1; i++) {
      out.add(ensureFits(bodyOnly(message, parts.get(i), i == 0), scope));
    }
    List<Block> lastBlocks = parts.get(parts.size() - 1);
    ReplyMessage last = withTail(message, lastBlocks, parts.size() == 1);
    Activity lastActivity = renderer.apply(last, scope);
    if (fits(lastActivity)) {
      out.add(lastActivity);
    } else {
      out.add(ensureFits(bodyOnly(message, lastBlocks, parts.size() == 1), scope));
      out.add(ensureFits(withTail(message, List.of(), false), scope));
    }
    return out;
  }

  boolean fits(Activity activity) {
    return bytes(activity) <= maxBytes;
  }

  static int bytes(Activity activity) {
    return Serialization.toStringSilent(activity).getBytes(StandardCharsets.UTF_8).length;
  }

  private Activity ensureFits(ReplyMessage message, TeamsScope scope) {
    Activity activity = renderer.apply(message, scope);
    ReplyMessage trimmed = message;
    while (!fits(activity)) {
      trimmed = trimmed(trimmed);
      activity = renderer.apply(trimmed, scope);
    }
    return activity;
  }

  /** Halves the text and the list of sources, and says the message was shortened. */
  private static ReplyMessage trimmed(ReplyMessage message) {
    String text = message.body().plainText();
    String shorter = text.substring(0, text.length() / 2).strip();
    return new ReplyMessage(
        message.title(),
        Markup.plain(shorter + "\n\n(This message was shortened to fit Teams.)"),
        message.suggestions(),
        message.sources().subList(0, message.sources().size() / 2),
        message.lastReviewed(),
        message.feedbackTopic());
  }

  private static ReplyMessage bodyOnly(ReplyMessage message, List<Block> blocks, boolean first) {
    return new ReplyMessage(
        first ? message.title() : null, new Markup(blocks), List.of(), List.of(), null, null);
  }

  private static ReplyMessage withTail(ReplyMessage message, List<Block> blocks, boolean first) {
    return new ReplyMessage(
        first ? message.title() : null,
        new Markup(blocks),
        message.suggestions(),
        message.sources(),
        message.lastReviewed(),
        message.feedbackTopic());
  }

  /** The body's blocks, with any block longer than {@link #PIECE_CHARS} cut into several. */
  static List<Block> pieces(Markup body) {
    List<Block> out = new ArrayList<>();
    for (Block block : body.blocks()) {
      if (length(block) <= PIECE_CHARS) {
        out.add(block);
      } else if (block instanceof Block.Bullets bullets) {
        for (List<Inline> item : bullets.items()) {
          for (String chunk : chunks(text(item))) {
            out.add(new Block.Bullets(List.of(List.of(new Inline.Text(chunk)))));
          }
        }
      } else {
        for (String chunk : chunks(text(((Block.Paragraph) block).inlines()))) {
          out.add(new Block.Paragraph(List.of(new Inline.Text(chunk))));
        }
      }
    }
    return out;
  }

  /** Cuts text into pieces of at most {@link #PIECE_CHARS}, at a space where there is one. */
  static List<String> chunks(String text) {
    List<String> out = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int end = Math.min(text.length(), at + PIECE_CHARS);
      if (end < text.length()) {
        int space = text.lastIndexOf(' ', end);
        if (space > at + PIECE_CHARS / 2) {
          end = space;
        } else if (Character.isHighSurrogate(text.charAt(end - 1))) {
          end--;
        }
      }
      String chunk = text.substring(at, end).strip();
      if (!chunk.isEmpty()) {
        out.add(chunk);
      }
      at = end;
    }
    return out;
  }

  private static int length(Block block) {
    if (block instanceof Block.Paragraph p) {
      return text(p.inlines()).length();
    }
    return ((Block.Bullets) block).items().stream().mapToInt(i -> text(i).length()).sum();
  }

  private static String text(List<Inline> inlines) {
    StringBuilder s = new StringBuilder();
    for (Inline i : inlines) {
      s.append(i.text());
      if (i instanceof Inline.Link link) {
        s.append(" (").append(link.url()).append(')');
      }
    }
    return s.toString();
  }
}
