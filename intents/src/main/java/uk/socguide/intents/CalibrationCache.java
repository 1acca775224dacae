package uk.socguide.intents;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the decision rules that training calibrates, from one run to the next. Calibrating is most
 * of what training costs (a model for every cross-validation fold), and its result depends only on
 * the training set, the trainer's settings and this module's code; so a restart over unchanged
 * content reuses the rule it calibrated last time and trains only the model it answers with. Each
 * rule is a small text file in one folder, named by a hash of those three things; a missing,
 * unreadable or damaged file only means calibrating again. The few most recent are kept.
 * Thread-safe.
 */
public final class CalibrationCache {
  private static final Logger LOG = LoggerFactory.getLogger(CalibrationCache.class);
  private static final String HEADER = "soc-guide calibration 1";
  private static final String SUFFIX = ".rule";
  private static final int KEEP = 4;
  private static final CalibrationCache NONE = new CalibrationCache(null);

  private final Path dir;

  private CalibrationCache(Path dir) {
    this.dir = dir;
  }

  /** Calibrates on every training. */
  public static CalibrationCache none() {
    return NONE;
  }

  /** Keeps rules in {@code dir}, which is created when the first rule is saved. */
  public static CalibrationCache inFolder(Path dir) {
    if (dir == null) {
      throw new IllegalArgumentException("give the folder to keep calibrations in");
    }
    return new CalibrationCache(dir);
  }

  boolean enabled() {
    return dir != null;
  }

  /** The rule saved under {@code key}, if there is a readable one. */
  Optional<DecisionRule> load(String key) {
    if (dir == null) {
      return Optional.empty();
    }
    Path file = dir.resolve(key + SUFFIX);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(parse(Files.readAllLines(file, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      LOG.info("calibrating again: the saved calibration {} could not be read ({})", file, e);
      return Optional.empty();
    }
  }

  /** Saves a rule under {@code key}, whole or not at all, and forgets all but the newest few. */
  synchronized void save(String key, DecisionRule rule) {
    if (dir == null) {
      return;
    }
    try {
      Files.createDirectories(dir);
      Path temp = Files.createTempFile(dir, "calibration", ".tmp");
      Files.writeString(temp, format(rule), StandardCharsets.UTF_8);
      Files.move(
          temp,
          dir.resolve(key + SUFFIX),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
      forgetOld();
    } catch (IOException | RuntimeException e) {
      // only a cost: the next start calibrates again
      LOG.warn("could not save the calibration in {}: {}", dir, e.toString());
    }
  }

  private void forgetOld() throws IOException {
    List<Path> rules;
    try (Stream<Path> files = Files.list(dir)) {
      rules =
          files
              .filter(p -> p.getFileName().toString().endsWith(SUFFIX))
              .sorted(Comparator.comparing(CalibrationCache::modified).reversed())
              .toList();
    }
    for (Path old : rules.subList(Math.min(KEEP, rules.size()), rules.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  /**
   * The hash a rule is saved under: the training set (examples in order, lexicon, out-of-scope
   * intents), every setting that changes a result, and the identity of this module's code.
   */
  static String key(TrainingSet set, TrainerSettings s) {
    MessageDigest digest = sha256();
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    text.append(
        String.join(
            "|",
            Integer.toString(s.iterations()),
            Integer.toString(s.calibrationFolds()),
            Double.toString(s.maxentWeight()),
            Double.toString(s.exampleWeight()),
            Double.toString(s.intentWeight()),
            Double.toString(s.defaultThreshold()),
            Boolean.toString(s.bigrams()),
            Boolean.toString(s.charGrams()),
            codeIdentity()));
    text.append('\n');
    for (TrainingExample e : set.examples()) {
      text.append(e.intent()).append('\u0000').append(e.text()).append('\n');
    }
    for (LexiconEntry l : set.lexicon()) {
      text.append(l.concept()).append('\u0000').append(l.type()).append('\u0000');
      text.append(String.join("\u0001", l.synonyms())).append('\u0000').append(l.successor());
      text.append('\n');
    }
    text.append(String.join("\u0000", new TreeSet<>(set.outOfScopeIntents())));
    return HexFormat.of()
        .formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Which build of this module is running: the size and time of the jar (or of the newest class
   * file when run from a folder of classes), so a rebuilt module never reuses a rule calibrated by
   * different code.
   */
  static String codeIdentity() {
    try {
      CodeSource source = CalibrationCache.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "unknown-" + System.nanoTime(); // never matches: always calibrate
      }
      Path where = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(where)) {
        return Files.size(where) + "@" + Files.getLastModifiedTime(where).toMillis();
      }
      Path classes = where.resolve(CalibrationCache.class.getPackageName().replace('.', '/'));
      try (Stream<Path> files = Files.list(classes)) {
        long[] newest = {0, 0};
        files.forEach(
            f -> {
              newest[0] = Math.max(newest[0], modified(f));
              newest[1]++;
            });
        return newest[1] + "@" + newest[0];
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown-" + System.nanoTime();
    }
  }

  static String format(DecisionRule rule) {
    double[] w = rule.refusal().weights();
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.add("threshold " + rule.refusal().threshold());
    lines.add(
        "weights "
            + (w == null
                ? "none"
                : String.join(
                    ",", Arrays.stream(w).mapToObj(Double::toString).toArray(String[]::new))));
    lines.add("clarifyBelow " + rule.clarifyBelow());
    lines.add("closeRatio " + rule.closeRatio());
    return String.join("\n", lines) + "\n";
  }

  static DecisionRule parse(List<String> lines) {
    if (lines.size() < 5 || !lines.get(0).equals(HEADER)) {
      throw new IllegalArgumentException("not a calibration of this version");
    }
    double threshold = number(lines.get(1), "threshold");
    String weights = value(lines.get(2), "weights");
    double clarifyBelow = number(lines.get(3), "clarifyBelow");
    double closeRatio = number(lines.get(4), "closeRatio");
    OutOfScopeModel refusal;
    if (weights.equals("none")) {
      refusal = OutOfScopeModel.thresholdOnly(threshold);
    } else {
      double[] w = Arrays.stream(weights.split(",")).mapToDouble(Double::parseDouble).toArray();
      refusal = OutOfScopeModel.withWeights(w, threshold);
    }
    return new DecisionRule(refusal, clarifyBelow, closeRatio);
  }

  private static double number(String line, String name) {
    double d = Double.parseDouble(value(line, name));
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException(name + " is not a finite number");
    }
    return d;
  }

  private static String value(String line, String name) {
    String prefix = name + " ";
    if (!line.startsWith(prefix)) {
      throw new IllegalArgumentException("expected " + name + ", found: " + line);
    }
    return line.substring(prefix.length()).trim();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return dir == null ? "no calibration cache" : "calibrations in " + dir;
  }
}
