package uk.socguide.content;

import java.util.List;

/**
 * What an import did: every changed item became a draft revision.
 *
 * @param drafted items that now have a new draft revision
 * @param unchanged how many items in the files were the same as the working copy
 */
public record ImportResult(List<ItemRef> drafted, int unchanged) {

  public ImportResult {
    drafted = List.copyOf(drafted);
  }
}
