package uk.socguide.content.files;

import java.util.List;
import java.util.Map;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ItemRef;
import uk.socguide.content.Problem;

/**
 * Content read from a folder of files, with where each item came from.
 *
 * @param hash SHA-256 of the files' names and bytes, identifying this exact set of files
 */
public record ParsedContent(ContentSet content, Map<ItemRef, Origin> origins, String hash) {

  public ParsedContent {
    origins = Map.copyOf(origins);
  }

  /** The problems with file, line and full field path filled in for items read from files. */
  public List<Problem> locate(List<Problem> problems) {
    return problems.stream().map(this::locate).toList();
  }

  public Problem locate(Problem p) {
    Origin origin = p.item() == null ? null : origins.get(p.item());
    if (p.file() != null || origin == null) {
      return p;
    }
    String field = p.field() == null ? origin.path() : origin.path() + "." + p.field();
    return new Problem(p.item(), origin.file(), origin.lineOf(p.field()), field, p.message());
  }
}
