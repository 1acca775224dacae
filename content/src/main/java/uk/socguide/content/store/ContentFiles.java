package uk.socguide.content.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.socguide.content.ContentRelease;
import uk.socguide.content.ContentSet;
import uk.socguide.content.ImportResult;
import uk.socguide.content.ItemRef;
import uk.socguide.content.ReleaseInfo;
import uk.socguide.content.SeedResult;
import uk.socguide.content.files.ContentFileReader;
import uk.socguide.content.files.ContentFileWriter;
import uk.socguide.content.files.ParsedContent;

/**
 * Content as a folder of files (docs/content-format.md): loading the seed at start-up, importing
 * edited files as drafts, exporting a release. Thread-safe.
 */
public final class ContentFiles {
  /** Where the seed knowledge base lives on the classpath. */
  public static final String SEED_FOLDER = "seed";

  private static final Logger LOG = LoggerFactory.getLogger(ContentFiles.class);

  private final Jdbc jdbc;
  private final ContentStore content;
  private final SeedLoader seeds;
  private final Importer importer;

  ContentFiles(Jdbc jdbc, Editing editing, ContentStore content) {
    this.jdbc = jdbc;
    this.content = content;
    this.seeds = new SeedLoader(editing);
    this.importer = new Importer(editing);
  }

  /**
   * Loads the seed from the classpath folder {@value #SEED_FOLDER}: call at every start. An empty
   * database gets it published as release 1; a seed loaded before changes nothing; a newer seed
   * offers what it changed as drafts (never published without review).
   *
   * @throws uk.socguide.content.ValidationException naming file, line and field when the seed is
   *     broken (nothing is loaded)
   */
  public SeedResult loadSeed() {
    return loadSeed(
        ContentFileReader.readClasspath(ContentFiles.class.getClassLoader(), SEED_FOLDER));
  }

  /** Loads a seed from a folder of content files. */
  public SeedResult loadSeed(Path dir) {
    return loadSeed(ContentFileReader.read(dir));
  }

  /** Loads a seed already read from files (see {@link ContentFileReader}). */
  public SeedResult loadSeed(ParsedContent seed) {
    SeedResult result;
    try {
      result =
          jdbc.transaction(
              tx ->
                  SeedLoader.alreadyLoaded(tx, seed.hash())
                      ? alreadyLoaded(seed)
                      : seeds.load(tx, seed));
    } catch (DatabaseException e) {
      // another instance loading the same seed at the same moment claimed it first
      if (e.getCause() instanceof SQLException s && Jdbc.duplicateKey(s)) {
        result = alreadyLoaded(seed);
      } else {
        throw e;
      }
    }
    content.reload();
    LOG.info(
        "seed {}: {} (release {}, {} offered as drafts, {} left to editors)",
        result.hash().substring(0, 12),
        result.outcome(),
        result.release(),
        result.offered().size(),
        result.skipped().size());
    return result;
  }

  private static SeedResult alreadyLoaded(ParsedContent seed) {
    return new SeedResult(seed.hash(), SeedResult.Outcome.ALREADY_LOADED, 0, List.of(), List.of());
  }

  /**
   * Imports a folder of content files as draft revisions by {@code author}: every file is read and
   * the whole content validated before anything is written, then every changed item is saved in one
   * transaction. Items the files do not mention are left alone; unchanged ones get no new revision.
   *
   * @throws uk.socguide.content.ValidationException naming file, line and field of every problem
   *     (nothing is imported)
   */
  public ImportResult importFrom(Path dir, String author) {
    return importFrom(dir, author, ref -> {});
  }

  /** As {@link #importFrom(Path, String)}, telling {@code progress} of each item written. */
  ImportResult importFrom(Path dir, String author, Consumer<ItemRef> progress) {
    ParsedContent files = ContentFileReader.read(dir);
    String reason = "imported from " + dir.getFileName();
    return jdbc.transaction(tx -> importer.apply(tx, files, author, reason, progress));
  }

  /**
   * Writes a release as content files into {@code dir} (created if needed; content files already
   * there are replaced). Importing them again gives the same content.
   *
   * @throws uk.socguide.content.UnknownItemException when there is no such release
   */
  public void export(long release, Path dir) {
    ContentRelease r = content.release(release);
    String header =
        release == 0
            ? "SOC Guide content: nothing published yet."
            : describe(jdbc.read(tx -> Releases.info(tx, release)));
    ContentFileWriter.write(
        ContentSet.of(r),
        dir,
        header + "\nFormat: docs/content-format.md in the SOC Guide repository.");
  }

  /** Writes the live release as content files into {@code dir}. */
  public void export(Path dir) {
    export(content.published().number(), dir);
  }

  private static String describe(ReleaseInfo info) {
    return "SOC Guide content release "
        + info.number()
        + ", published "
        + info.publishedAt()
        + " by "
        + info.publishedBy()
        + ".";
  }
}
