package uk.socguide.core.markup;

import java.util.List;

/** A paragraph or a bulleted list. */
public sealed interface Block {

  record Paragraph(List<Inline> inlines) implements Block {
    public Paragraph {
      inlines = List.copyOf(inlines);
    }
  }

  record Bullets(List<List<Inline>> items) implements Block {
    public Bullets {
      items = items.stream().map(List::copyOf).toList();
    }
  }
}
