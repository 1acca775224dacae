package uk.socguide.content;

import java.util.List;

/**
 * What loading the seed did at start-up.
 *
 * @param hash SHA-256 of the seed files, recorded so the same seed is never loaded twice
 * @param release the release the seed was published as, or 0 when it was not published
 * @param offered items a newer seed changed, now waiting as drafts by author {@code seed}
 * @param skipped items a newer seed changed that editors are also changing (their work is kept)
 */
public record SeedResult(
    String hash, Outcome outcome, long release, List<ItemRef> offered, List<ItemRef> skipped) {

  public SeedResult {
    offered = List.copyOf(offered);
    skipped = List.copyOf(skipped);
  }

  public enum Outcome {
    /** The database was empty: the seed was published as release 1. */
    PUBLISHED,
    /** The database had content: what the newer seed changed was offered as drafts. */
    OFFERED,
    /** This seed was loaded before: nothing changed. */
    ALREADY_LOADED
  }
}
